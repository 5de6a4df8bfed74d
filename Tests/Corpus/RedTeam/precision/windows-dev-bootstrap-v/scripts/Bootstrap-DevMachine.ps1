#Requires -Version 5.1
<#
.SYNOPSIS
  Install pinned developer tools with winget; optionally add ONE Defender
  exclusion for a source folder the user chose. Supports -WhatIf / -Confirm.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [string]$PackagesFile = (Join-Path $PSScriptRoot 'packages.json'),
    [string]$DefenderExclusionPath
)
$ErrorActionPreference = 'Stop'

$principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw 'Please run this from an elevated terminal (Terminal (Admin)). The script does not self-elevate.'
}
if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
    throw 'winget not found. Install "App Installer" from the Microsoft Store first.'
}

$packages = Get-Content -Raw -Path $PackagesFile | ConvertFrom-Json
$results = foreach ($pkg in $packages) {
    $label = "$($pkg.id) $($pkg.version)"
    if ($PSCmdlet.ShouldProcess($label, 'winget install (pinned version)')) {
        # winget validates the installer hash from the community manifest.
        & winget install --id $pkg.id --version $pkg.version --exact --source winget `
            --accept-package-agreements --accept-source-agreements --disable-interactivity
        [pscustomobject]@{ Package = $label; ExitCode = $LASTEXITCODE }
    }
}
$results | Format-Table -AutoSize

if ($DefenderExclusionPath) {
    $full = [IO.Path]::GetFullPath($DefenderExclusionPath).TrimEnd('\')
    $forbidden = @(
        [IO.Path]::GetPathRoot($full).TrimEnd('\'),
        $env:SystemRoot, $env:ProgramFiles, ${env:ProgramFiles(x86)},
        $env:USERPROFILE, (Join-Path $env:USERPROFILE 'Downloads'), $env:TEMP
    ) | Where-Object { $_ } | ForEach-Object { $_.TrimEnd('\') }

    if ($forbidden -contains $full) {
        throw "Refusing to exclude '$full' from Defender; choose a specific source folder such as C:\src."
    }
    if (-not (Test-Path -LiteralPath $full -PathType Container)) {
        throw "Folder '$full' does not exist."
    }
    $msg = "Real-time scanning will be skipped for '$full'. Undo with: Remove-MpPreference -ExclusionPath '$full'"
    if ($PSCmdlet.ShouldProcess($full, 'Add Microsoft Defender exclusion') -and
        $PSCmdlet.ShouldContinue($msg, 'Add Defender exclusion?')) {
        Add-MpPreference -ExclusionPath $full
        Write-Host "Added Defender exclusion: $full"
    }
}

Write-Host 'Done. Open a new terminal so PATH changes take effect.'
