<#
.SYNOPSIS
  Fresh Windows dev box setup: per-user installs, then an optional, user-approved admin block.
.DESCRIPTION
  Must be started from a NON-elevated PowerShell. Supports -WhatIf.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
  [string]$PackageList = (Join-Path $PSScriptRoot 'winget-packages.json')
)
$ErrorActionPreference = 'Stop'

# --- refuse to run elevated --------------------------------------------------
$principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
if ($principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
  Write-Error 'Run this from a normal PowerShell window. Only one listed block needs admin, and it will ask via UAC.'
  exit 1
}

if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
  Write-Error 'winget not found. Install "App Installer" from the Microsoft Store first.'
  exit 1
}

# --- per-user steps ------------------------------------------------------------
if ($PSCmdlet.ShouldProcess($PackageList, 'winget import')) {
  winget import --import-file $PackageList --accept-package-agreements --accept-source-agreements
}

if ($PSCmdlet.ShouldProcess('CurrentUser', 'Set-ExecutionPolicy RemoteSigned')) {
  Set-ExecutionPolicy -Scope CurrentUser -ExecutionPolicy RemoteSigned -Force
}

$gitName  = Read-Host 'Git user.name (leave empty to skip)'
$gitEmail = Read-Host 'Git user.email (leave empty to skip)'
if ($PSCmdlet.ShouldProcess('~/.gitconfig', 'git config --global')) {
  $git = Join-Path $env:ProgramFiles 'Git\cmd\git.exe'
  if (Test-Path $git) {
    & $git config --global core.autocrlf input
    & $git config --global init.defaultBranch main
    if ($gitName)  { & $git config --global user.name  $gitName }
    if ($gitEmail) { & $git config --global user.email $gitEmail }
  }
}

# --- machine-level block (shown in full, then approved by the user) ----------
$elevated = @'
$ErrorActionPreference = 'Stop'
# 1. Allow paths longer than 260 characters
New-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name 'LongPathsEnabled' -Value 1 -PropertyType DWord -Force | Out-Null
# 2. ssh-agent service: automatic start
Set-Service -Name ssh-agent -StartupType Automatic
Start-Service -Name ssh-agent
# 3. WSL platform (no distribution yet)
wsl.exe --install --no-distribution
Write-Host 'Machine-level settings applied. Press Enter to close.'
Read-Host | Out-Null
'@

Write-Host "`nThe following block needs Administrator rights:" -ForegroundColor Yellow
Write-Host $elevated
$logDir = Join-Path $env:LOCALAPPDATA 'devbox-setup'
New-Item -ItemType Directory -Force -Path $logDir | Out-Null
$logFile = Join-Path $logDir 'elevated-block.ps1'
Set-Content -Path $logFile -Value $elevated -Encoding UTF8
Write-Host "(Saved for reference: $logFile)"

if ($WhatIfPreference) { Write-Host 'WhatIf: not running the admin block.'; return }

$answer = Read-Host "Type 'yes' to run this block elevated (Windows will show a UAC prompt)"
if ($answer -ne 'yes') { Write-Host 'Skipped the admin block. Per-user setup is complete.'; return }

# -EncodedCommand is PowerShell's documented way to hand a multi-line script to a new process
# without quoting issues. It is exactly the $elevated text printed and saved above, encoded.
$encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($elevated))
Start-Process -FilePath 'powershell.exe' -Verb RunAs -Wait `
  -ArgumentList @('-NoProfile', '-EncodedCommand', $encoded)

Write-Host 'Done. Reboot if WSL was installed for the first time.'
