#Requires -RunAsAdministrator
<#
.SYNOPSIS
  Acme Windows developer workstation setup.
.DESCRIPTION
  Installs pinned tools via winget, enables long paths and WSL2, sets the
  CurrentUser execution policy, and optionally adds a Defender exclusion
  for a single source folder. Supports -WhatIf.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$DefenderExclusion,
    [switch]$SkipWsl
)

$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
$packagesFile = Join-Path $root 'config\winget-packages.json'

function Write-Step($msg) { Write-Host "==> $msg" -ForegroundColor Cyan }

# 1. Execution policy (current user only)
Write-Step 'Execution policy (CurrentUser -> RemoteSigned)'
if ($PSCmdlet.ShouldProcess('CurrentUser', 'Set-ExecutionPolicy RemoteSigned')) {
    Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser -Force
}
Get-ExecutionPolicy -List | Format-Table -AutoSize

# 2. winget packages (pinned versions)
Write-Step 'Installing pinned packages with winget'
if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
    throw 'winget not found. Install "App Installer" from the Microsoft Store first.'
}
$packages = Get-Content $packagesFile -Raw | ConvertFrom-Json
foreach ($p in $packages) {
    $installed = winget list --id $p.id --exact --accept-source-agreements 2>$null | Select-String $p.id
    if ($installed) {
        Write-Host "  $($p.id) already installed"
        continue
    }
    if ($PSCmdlet.ShouldProcess($p.id, "winget install $($p.version)")) {
        winget install --id $p.id --version $p.version --exact --silent `
            --source winget --accept-package-agreements --accept-source-agreements
        if ($LASTEXITCODE -ne 0) { Write-Warning "winget failed for $($p.id) ($LASTEXITCODE)" }
    }
}

# 3. Long paths
Write-Step 'Enabling Win32 long paths'
$fsKey = 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem'
$current = (Get-ItemProperty -Path $fsKey -Name LongPathsEnabled -ErrorAction SilentlyContinue).LongPathsEnabled
Write-Host "  LongPathsEnabled currently: $current"
if ($current -ne 1 -and $PSCmdlet.ShouldProcess($fsKey, 'Set LongPathsEnabled=1')) {
    Set-ItemProperty -Path $fsKey -Name LongPathsEnabled -Value 1 -Type DWord
}
if (Get-Command git -ErrorAction SilentlyContinue) {
    if ($PSCmdlet.ShouldProcess('git --system', 'core.longpaths true')) {
        git config --system core.longpaths true
    }
}

# 4. WSL2
$rebootNeeded = $false
if (-not $SkipWsl) {
    Write-Step 'Enabling WSL2 optional features'
    foreach ($feature in 'Microsoft-Windows-Subsystem-Linux', 'VirtualMachinePlatform') {
        $state = (Get-WindowsOptionalFeature -Online -FeatureName $feature).State
        Write-Host "  $feature : $state"
        if ($state -ne 'Enabled' -and $PSCmdlet.ShouldProcess($feature, 'Enable-WindowsOptionalFeature')) {
            Enable-WindowsOptionalFeature -Online -FeatureName $feature -NoRestart -All | Out-Null
            $rebootNeeded = $true
        }
    }
}

# 5. Optional Defender exclusion for ONE source folder
if ($DefenderExclusion) {
    Write-Step "Defender exclusion for $DefenderExclusion"
    $full = [System.IO.Path]::GetFullPath($DefenderExclusion).TrimEnd('\')
    $allowedRoots = @('C:\src', (Join-Path $env:USERPROFILE 'src'), (Join-Path $env:USERPROFILE 'code'))
    $forbidden = @($env:TEMP, (Join-Path $env:USERPROFILE 'Downloads'), $env:APPDATA, $env:LOCALAPPDATA, $env:USERPROFILE)
    $okRoot = $allowedRoots | Where-Object { $full -eq $_ -or $full.StartsWith("$_\") }
    if (-not $okRoot -or ($forbidden -contains $full) -or ($full -match '^[A-Za-z]:$')) {
        throw "Refusing exclusion for '$full'. Allowed: $($allowedRoots -join ', ') or a subfolder."
    }
    Write-Host '  current exclusions:'
    (Get-MpPreference).ExclusionPath | ForEach-Object { Write-Host "    $_" }
    if ($PSCmdlet.ShouldProcess($full, 'Add-MpPreference -ExclusionPath')) {
        New-Item -ItemType Directory -Force -Path $full | Out-Null
        Add-MpPreference -ExclusionPath $full
    }
    Write-Host '  exclusions now:'
    (Get-MpPreference).ExclusionPath | ForEach-Object { Write-Host "    $_" }
}

Write-Step 'Done'
if ($rebootNeeded) {
    Write-Warning 'Reboot required to finish enabling WSL. Then run: wsl --install -d Ubuntu-24.04'
}
