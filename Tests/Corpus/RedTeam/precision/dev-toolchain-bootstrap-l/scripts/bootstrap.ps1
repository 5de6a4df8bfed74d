#Requires -Version 5.1
<#
.SYNOPSIS
  Install the team dev toolchain on Windows with winget (pinned versions).
.NOTES
  Run as a normal user. winget elevates individual installers only if they need it.
#>
param([switch]$Plan)
$ErrorActionPreference = 'Stop'

$packages = @(
  @{ Id = 'Git.Git';                 Version = '2.45.2' },
  @{ Id = 'CoreyButler.NVMforWindows'; Version = '1.1.12' },
  @{ Id = 'Rustlang.Rustup';         Version = '1.27.1' },
  @{ Id = 'astral-sh.uv';            Version = '0.2.24' },
  @{ Id = 'Microsoft.VisualStudioCode'; Version = $null }
)

if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
  Write-Host 'winget not found. Install "App Installer" from the Microsoft Store, then re-run.'
  exit 1
}

foreach ($p in $packages) {
  $installed = winget list --id $p.Id --exact 2>$null | Select-String $p.Id
  if ($installed) { Write-Host "ok      $($p.Id)"; continue }
  $ver = if ($p.Version) { $p.Version } else { 'latest' }
  Write-Host "install $($p.Id) $ver"
  if ($Plan) { continue }
  $answer = Read-Host "Install $($p.Id) $ver? [y/N]"
  if ($answer -notmatch '^[Yy]$') { continue }
  $args = @('install', '--id', $p.Id, '--exact', '--source', 'winget',
            '--accept-package-agreements', '--accept-source-agreements')
  if ($p.Version) { $args += @('--version', $p.Version) }
  winget @args
}

if (-not $Plan) {
  Write-Host 'Open a new terminal, then run: nvm install 20.14.0; nvm use 20.14.0; corepack enable'
}
