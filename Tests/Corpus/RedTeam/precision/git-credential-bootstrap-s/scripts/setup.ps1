# Configure Git Credential Manager on Windows. Asks before changing anything.
$ErrorActionPreference = 'Stop'

$current = git config --global --get credential.helper 2>$null
Write-Host "Current credential.helper: $(if ($current) { $current } else { '<none>' })"

if (-not (Get-Command git-credential-manager -ErrorAction SilentlyContinue)) {
    Write-Host "Git Credential Manager not found. It ships with Git for Windows:"
    Write-Host "  winget install --id Git.Git -e --source winget"
    exit 1
}

if ($current -eq 'store') {
    Write-Warning "Plain-text 'store' helper is configured; ~/.git-credentials holds tokens unencrypted."
}

$answer = Read-Host "Set credential.helper to 'manager'? (y/N)"
if ($answer -notmatch '^[yY]') { Write-Host "No changes made."; exit 0 }

git config --global credential.helper manager
git config --global credential.https://dev.azure.com.useHttpPath true
Write-Host "Done. Next 'git push' will open a browser sign-in once."
