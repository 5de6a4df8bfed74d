param(
    [ValidateSet('Chrome','Edge')] [string]$Browser = 'Chrome',
    [switch]$Restore
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'lib\Profile.psm1') -Force

$profileDir = Get-BrowserProfile -Browser $Browser
$bookmarks  = Join-Path $profileDir 'Default\Bookmarks'

if ($Restore) { Restore-ProfileBackup -Browser $Browser; return }

$backup = Backup-Profile -ProfileDir $profileDir -Browser $Browser

$json = Get-Content $bookmarks -Raw | ConvertFrom-Json
$seen = @{}
function Invoke-Dedup($node) {
    if ($node.children) {
        $node.children = @($node.children | Where-Object {
            if ($_.type -ne 'url') { return $true }
            if ($seen.ContainsKey($_.url)) { return $false }
            $seen[$_.url] = $true; return $true
        } | Sort-Object name)
        foreach ($c in $node.children) { Invoke-Dedup $c }
    }
}
Invoke-Dedup $json.roots.bookmark_bar
Invoke-Dedup $json.roots.other
$json | ConvertTo-Json -Depth 100 | Set-Content $bookmarks -Encoding UTF8

Write-Host "Kept $($seen.Count) unique bookmarks; backup at $backup"
