#Requires -Version 7
<#
.SYNOPSIS
    Keep pinned devbox packages at the versions published on the release channel.
    Runs from the "DevBox Toolchain Update" scheduled task; can also be run by hand.
#>
[CmdletBinding()]
param([Parameter(Mandatory)][string]$ConfigPath)
$ErrorActionPreference = 'Continue'
$root = Split-Path -Parent $PSScriptRoot
Import-Module (Join-Path $root 'modules\DevBox.Common.psm1') -Force
Import-Module (Join-Path $root 'modules\DevBox.Channel.psm1') -Force

$log = Join-Path $env:ProgramData 'DevBox\toolchain-update.log'
New-Item -ItemType Directory -Force -Path (Split-Path $log) | Out-Null
Start-Transcript -Path $log -Append | Out-Null

try {
    $cfg = Read-DevBoxProfile -Path $ConfigPath
    $manifest = Get-ChannelManifest -Channel $cfg.channel

    foreach ($pin in $manifest.packages) {
        $local = $cfg.packages | Where-Object id -eq $pin.id
        if ($local -and $local.version -ne $pin.version) {
            Write-Step "Upgrading $($pin.id) $($local.version) -> $($pin.version)"
            Install-PinnedPackage -Id $pin.id -Version $pin.version | Out-Null
        }
    }

    Invoke-ChannelMigration -Channel $cfg.channel -Manifest $manifest
}
catch {
    Write-Warning "Toolchain update failed: $_"
}
finally {
    Stop-Transcript | Out-Null
}
