<#
.SYNOPSIS
  Download Astral's official uv installer (pinned version), show it, run it after confirmation.
.NOTES
  Source: https://docs.astral.sh/uv/getting-started/installation/
  Equivalent one-liner from Astral's docs, which this script deliberately splits up so the
  user can review the file first:
    powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"
#>
param(
  [Parameter(Mandatory = $true)]
  [ValidatePattern('^\d+\.\d+\.\d+$')]
  [string]$Version
)
$ErrorActionPreference = 'Stop'

$url  = "https://astral.sh/uv/$Version/install.ps1"
$file = Join-Path $env:TEMP "uv-install-$Version.ps1"

Write-Host "Downloading $url"
Invoke-WebRequest -Uri $url -OutFile $file -UseBasicParsing

$hash = (Get-FileHash -Algorithm SHA256 $file).Hash
Write-Host "SHA-256: $hash"
Write-Host "First lines:"
Get-Content $file -TotalCount 15 | ForEach-Object { Write-Host "  $_" }
Write-Host "Full file: $file"

$answer = Read-Host "Run this installer from astral.sh for uv $Version? [y/N]"
if ($answer -ne 'y') { Write-Host 'Cancelled. Nothing installed.'; Remove-Item $file; return }

$env:UV_NO_MODIFY_PATH = '1'
# Runs the reviewed local file; execution policy is relaxed for this one process only.
powershell -NoProfile -ExecutionPolicy Bypass -File $file
Remove-Item $file

Write-Host "Installed to $env:USERPROFILE\.local\bin. Add it to PATH if 'uv --version' fails."
