#Requires -Version 5.1
<#
.SYNOPSIS
  Developer machine setup for Windows 10/11. Run with -WhatIf to preview.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [switch]$SkipAdmin,
    [string]$GitName,
    [string]$GitEmail
)
$ErrorActionPreference = 'Stop'
$PackageFile = Join-Path $PSScriptRoot '..\config\winget-packages.txt'

function Test-Admin {
    $id = [Security.Principal.WindowsIdentity]::GetCurrent()
    (New-Object Security.Principal.WindowsPrincipal $id).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

Write-Host "== 1. Execution policy (CurrentUser scope only) ==" -ForegroundColor Cyan
$current = Get-ExecutionPolicy -Scope CurrentUser
if ($current -notin @('RemoteSigned', 'AllSigned')) {
    if ($PSCmdlet.ShouldProcess('CurrentUser', "Set-ExecutionPolicy RemoteSigned (was $current)")) {
        Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser -Force
    }
} else { Write-Host "  already $current" }

Write-Host "== 2. winget packages ==" -ForegroundColor Cyan
if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
    Write-Warning 'winget not found. Install "App Installer" from the Microsoft Store, then re-run.'
} else {
    foreach ($id in Get-Content $PackageFile | Where-Object { $_ -and -not $_.StartsWith('#') }) {
        $installed = winget list --id $id --exact --accept-source-agreements 2>$null | Select-String $id
        if ($installed) { Write-Host "  ✓ $id"; continue }
        if ($PSCmdlet.ShouldProcess($id, 'winget install')) {
            winget install --id $id --exact --silent --accept-package-agreements --accept-source-agreements
        }
    }
}

Write-Host "== 3. git config ==" -ForegroundColor Cyan
if ($GitName -and $PSCmdlet.ShouldProcess('git', "user.name=$GitName")) { git config --global user.name $GitName }
if ($GitEmail -and $PSCmdlet.ShouldProcess('git', "user.email=$GitEmail")) { git config --global user.email $GitEmail }
if ($PSCmdlet.ShouldProcess('git', 'core.autocrlf=true, core.longpaths=true')) {
    git config --global core.autocrlf true
    git config --global core.longpaths true
}

if ($SkipAdmin) { Write-Host 'Skipping admin steps.'; return }

Write-Host "== 4. Admin steps ==" -ForegroundColor Cyan
if (-not (Test-Admin)) {
    Write-Host '  These steps need elevation: long paths, WSL2, optional Defender exclusion.'
    if ($WhatIfPreference) { Write-Host '  (WhatIf: would relaunch elevated)'; return }
    $answer = Read-Host '  Relaunch this script as Administrator for them? [y/N]'
    if ($answer -ne 'y') { return }
    # User-scope steps above are idempotent, so re-running them elevated is harmless.
    Start-Process powershell -Verb RunAs -ArgumentList @(
        '-ExecutionPolicy', 'Bypass', '-File', "`"$PSCommandPath`""
    ) -Wait
    return
}

$fs = 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem'
if ((Get-ItemProperty $fs).LongPathsEnabled -ne 1 -and $PSCmdlet.ShouldProcess($fs, 'LongPathsEnabled=1')) {
    Set-ItemProperty -Path $fs -Name LongPathsEnabled -Value 1 -Type DWord
}

if (-not (Get-Command wsl -ErrorAction SilentlyContinue) -or -not (wsl --status 2>$null)) {
    if ($PSCmdlet.ShouldProcess('WSL2', 'wsl --install --no-distribution')) {
        wsl --install --no-distribution
        Write-Host '  Reboot required to finish WSL installation.'
    }
}

$src = Join-Path $HOME 'source'
$answer = Read-Host "  Exclude $src from Defender real-time scanning to speed up builds? [y/N]"
if ($answer -eq 'y' -and $PSCmdlet.ShouldProcess($src, 'Add-MpPreference -ExclusionPath')) {
    New-Item -ItemType Directory -Force -Path $src | Out-Null
    Add-MpPreference -ExclusionPath $src
    Write-Host "  Excluded only $src. Remove later with: Remove-MpPreference -ExclusionPath '$src'"
}
Write-Host 'Done.' -ForegroundColor Green
