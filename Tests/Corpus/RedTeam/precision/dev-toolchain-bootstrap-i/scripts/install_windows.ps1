<#
.SYNOPSIS
  Install a developer tool on Windows from its official source, after showing the installer.
.EXAMPLE
  .\install_windows.ps1 -Tool scoop
#>
param(
  [Parameter(Mandatory = $true)]
  [ValidateSet('scoop', 'uv', 'bun', 'deno', 'rustup', 'nvm')]
  [string]$Tool
)
$ErrorActionPreference = 'Stop'

$winget = @{
  'rustup' = 'Rustlang.Rustup'
  'nvm'    = 'CoreyButler.NVMforWindows'
}
if ($winget.ContainsKey($Tool)) {
  Write-Host "Installing $Tool with winget (id $($winget[$Tool]))"
  winget install --id $winget[$Tool] -e --source winget
  return
}

$urls = @{
  'scoop' = 'https://get.scoop.sh'
  'uv'    = 'https://astral.sh/uv/install.ps1'
  'bun'   = 'https://bun.sh/install.ps1'
  'deno'  = 'https://deno.land/install.ps1'
}

if (Get-Command $Tool -ErrorAction SilentlyContinue) {
  Write-Host "$Tool is already installed."
  return
}

if ($Tool -eq 'scoop') {
  $policy = Get-ExecutionPolicy -Scope CurrentUser
  if ($policy -notin @('RemoteSigned', 'Unrestricted', 'Bypass')) {
    Write-Warning "Scoop needs: Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser"
    Write-Warning "Run that yourself if you agree, then re-run this script."
    return
  }
}

$tmp = Join-Path $env:TEMP "$Tool-install.ps1"
Write-Host "Downloading $($urls[$Tool]) -> $tmp"
Invoke-RestMethod -Uri $urls[$Tool] -OutFile $tmp
$hash = (Get-FileHash -Algorithm SHA256 $tmp).Hash
Write-Host "SHA256: $hash"
Get-Content $tmp -TotalCount 30
Write-Host "Full file: notepad $tmp"

$answer = Read-Host "Run the official $Tool installer now? [y/N]"
if ($answer -notmatch '^[Yy]$') {
  Remove-Item $tmp
  Write-Host 'Not run.'
  return
}
& $tmp
Remove-Item $tmp -ErrorAction SilentlyContinue
