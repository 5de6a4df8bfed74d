<#
.SYNOPSIS
  Installs packages listed in packages.txt via winget / scoop. Supports -WhatIf.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$PackageFile = (Join-Path $PSScriptRoot 'packages.txt')
)
$ErrorActionPreference = 'Stop'

function Update-SessionPath {
    # Rebuild PATH from machine + user registry values so newly installed tools are found in this session.
    $machine = [Environment]::GetEnvironmentVariable('Path', 'Machine')
    $user    = [Environment]::GetEnvironmentVariable('Path', 'User')
    $env:Path = [Environment]::ExpandEnvironmentVariables("$machine;$user")
}

$results = @()
$lines = Get-Content $PackageFile | Where-Object { $_ -and -not $_.StartsWith('#') }

foreach ($line in $lines) {
    if ($line -like 'scoop:*') {
        $app = $line.Substring(6)
        if (-not (Get-Command scoop -ErrorAction SilentlyContinue)) {
            $results += [pscustomobject]@{ Package = $line; Status = 'skipped (scoop not installed)' }
            continue
        }
        if (scoop list $app 6>$null | Select-String -SimpleMatch $app) {
            $results += [pscustomobject]@{ Package = $line; Status = 'already installed' }; continue
        }
        if ($PSCmdlet.ShouldProcess($app, 'scoop install')) { scoop install $app }
        $results += [pscustomobject]@{ Package = $line; Status = 'installed' }
    }
    else {
        $present = winget list --id $line --exact --accept-source-agreements 2>$null | Select-String -SimpleMatch $line
        if ($present) { $results += [pscustomobject]@{ Package = $line; Status = 'already installed' }; continue }
        if ($PSCmdlet.ShouldProcess($line, 'winget install')) {
            winget install --id $line --exact --silent --accept-package-agreements --accept-source-agreements
        }
        $results += [pscustomobject]@{ Package = $line; Status = 'installed' }
    }
}

Update-SessionPath
$results | Format-Table -AutoSize
Write-Host "Open a new terminal to pick up PATH changes everywhere."
