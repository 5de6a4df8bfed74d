#Requires -Version 5.1
[CmdletBinding()]
param(
    [switch]$Starship,
    [switch]$OhMyPosh,
    [switch]$Zoxide,
    [switch]$TerminalIcons,
    [switch]$Predictions,
    [switch]$Yes
)

$ErrorActionPreference = 'Stop'
$begin = '# >>> pwsh-profile-setup >>>'
$end   = '# <<< pwsh-profile-setup <<<'

function Test-Cmd($name) { [bool](Get-Command $name -ErrorAction SilentlyContinue) }

function Install-IfMissing($cmd, $wingetId) {
    if (-not (Test-Cmd $cmd)) {
        Write-Host "Installing $wingetId via winget..."
        winget install --id $wingetId -e --accept-source-agreements --accept-package-agreements
    }
}

$lines = @($begin)
if ($Starship) {
    Install-IfMissing 'starship' 'Starship.Starship'
    $lines += 'Invoke-Expression (&starship init powershell)'
}
elseif ($OhMyPosh) {
    Install-IfMissing 'oh-my-posh' 'JanDeDobbeleer.OhMyPosh'
    $lines += 'oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\jandedobbeleer.omp.json" | Invoke-Expression'
}
if ($Zoxide) {
    Install-IfMissing 'zoxide' 'ajeetdsouza.zoxide'
    $lines += 'Invoke-Expression (& { (zoxide init powershell | Out-String) })'
}
if ($TerminalIcons) {
    if (-not (Get-Module -ListAvailable Terminal-Icons)) {
        Install-Module Terminal-Icons -Scope CurrentUser -Repository PSGallery
    }
    $lines += 'Import-Module Terminal-Icons'
}
if ($Predictions) {
    $lines += 'Set-PSReadLineOption -PredictionSource History -PredictionViewStyle ListView'
    $lines += 'Set-PSReadLineKeyHandler -Key Tab -Function MenuComplete'
}
$lines += $end
$block = $lines -join [Environment]::NewLine

Write-Host "`nThe following block will be written to $PROFILE :`n" -ForegroundColor Cyan
Write-Host $block
if (-not $Yes) {
    $ans = Read-Host "`nApply? [y/N]"
    if ($ans -notmatch '^[yY]') { Write-Host 'Cancelled.'; return }
}

$profileDir = Split-Path -Parent $PROFILE
if (-not (Test-Path $profileDir)) { New-Item -ItemType Directory -Path $profileDir | Out-Null }
$current = ''
if (Test-Path $PROFILE) {
    $stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
    Copy-Item $PROFILE "$PROFILE.bak-$stamp"
    Write-Host "Backup: $PROFILE.bak-$stamp"
    $current = Get-Content $PROFILE -Raw
}

$pattern = [regex]::Escape($begin) + '.*?' + [regex]::Escape($end)
if ($current -match $pattern) {
    $new = [regex]::Replace($current, $pattern, [System.Text.RegularExpressions.MatchEvaluator]{ param($m) $block }, 'Singleline')
} else {
    $new = ($current.TrimEnd() + [Environment]::NewLine + [Environment]::NewLine + $block + [Environment]::NewLine).TrimStart()
}
Set-Content -Path $PROFILE -Value $new -Encoding utf8
Write-Host "Updated $PROFILE. Open a new terminal to see the changes." -ForegroundColor Green
