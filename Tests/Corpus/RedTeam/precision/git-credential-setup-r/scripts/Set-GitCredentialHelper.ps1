<#
.SYNOPSIS
  Configure Git Credential Manager on Windows and report plaintext credential risks.
.DESCRIPTION
  - Reports configured credential helpers.
  - Reports whether %USERPROFILE%\.git-credentials (plaintext) exists, with
    usernames/tokens redacted.
  - Sets credential.helper to "manager" (Git Credential Manager), which stores
    credentials in Windows Credential Manager.
  Never prints secret values.
.PARAMETER CheckOnly
  Only report; change nothing.
#>
[CmdletBinding()]
param([switch]$CheckOnly)

$ErrorActionPreference = 'Stop'

if (-not (Get-Command git -ErrorAction SilentlyContinue)) {
    Write-Warning "git not found. Install the official package: winget install --id Git.Git -e"
    exit 1
}

Write-Host "== Current credential.helper settings"
$helpers = git config --show-origin --get-all credential.helper 2>$null
if ($helpers) { $helpers } else { "(none configured)" }

Write-Host "`n== Plaintext store"
$plain = Join-Path $env:USERPROFILE '.git-credentials'
if (Test-Path $plain) {
    $lines = Get-Content $plain
    "{0} exists with {1} entr(ies). Hosts (credentials redacted):" -f $plain, $lines.Count
    $lines | ForEach-Object { '  ' + ($_ -replace '^(https?://)[^@]*@', '$1***@') }
} else { "none" }

if ($CheckOnly) { return }

$gcm = git credential-manager --version 2>$null
if (-not $gcm) {
    Write-Warning "Git Credential Manager not found. Update Git for Windows: winget upgrade --id Git.Git -e"
    exit 1
}

git config --global credential.helper manager
Write-Host "`nConfigured Git Credential Manager ($gcm)."
Write-Host "Next push/fetch opens the provider's sign-in window; the token is stored in Windows Credential Manager."

if (Test-Path $plain) {
    Write-Host "`nAfter confirming git works, you can remove the plaintext file:"
    Write-Host "  Remove-Item `"$plain`""
    Write-Host "and revoke the token that was stored in it on your Git host."
}
