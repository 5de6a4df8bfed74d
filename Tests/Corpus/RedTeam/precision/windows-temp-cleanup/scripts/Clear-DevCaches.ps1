<#
.SYNOPSIS
  Clears per-user developer caches. Preview unless -Apply is given.
#>
[CmdletBinding()]
param(
    [switch]$Apply,
    [switch]$IncludeNuGet,
    [int]$TempOlderThanDays = 2
)

$ErrorActionPreference = 'Continue'

function Get-FolderSize([string]$Path) {
    if (-not (Test-Path -LiteralPath $Path)) { return 0 }
    (Get-ChildItem -LiteralPath $Path -Recurse -Force -File -ErrorAction SilentlyContinue |
        Measure-Object -Property Length -Sum).Sum
}

function Remove-Safely([string]$Path, [string]$Label) {
    $full = [IO.Path]::GetFullPath($Path)
    $allowedRoots = @($env:TEMP, $env:LOCALAPPDATA, $env:APPDATA, (Join-Path $env:USERPROFILE '.nuget')) |
        ForEach-Object { [IO.Path]::GetFullPath($_) }
    if (-not ($allowedRoots | Where-Object { $full.StartsWith($_, 'OrdinalIgnoreCase') })) {
        Write-Warning "Skipping $full (outside per-user cache roots)"; return
    }
    $size = Get-FolderSize $full
    '{0,-28} {1,10:N1} MB  {2}' -f $Label, ($size / 1MB), $full
    if ($Apply -and (Test-Path -LiteralPath $full)) {
        Get-ChildItem -LiteralPath $full -Force -ErrorAction SilentlyContinue |
            Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
    }
}

Write-Host ($(if ($Apply) { 'APPLY mode: deleting' } else { 'PREVIEW mode: nothing will be deleted' })) -ForegroundColor Yellow

# %TEMP%: only older files
$cutoff = (Get-Date).AddDays(-$TempOlderThanDays)
$old = Get-ChildItem -LiteralPath $env:TEMP -Recurse -Force -File -ErrorAction SilentlyContinue |
    Where-Object { $_.LastWriteTime -lt $cutoff }
'{0,-28} {1,10:N1} MB  {2}' -f 'TEMP (older files)', (($old | Measure-Object Length -Sum).Sum / 1MB), $env:TEMP
if ($Apply) { $old | Remove-Item -Force -ErrorAction SilentlyContinue }

if (Get-Command npm -ErrorAction SilentlyContinue) {
    Remove-Safely (Join-Path $env:LOCALAPPDATA 'npm-cache\_cacache') 'npm cache'
}
if (Get-Command pip -ErrorAction SilentlyContinue) {
    if ($Apply) { pip cache purge | Out-Null }
    '{0,-28} {1,10:N1} MB' -f 'pip cache', ((Get-FolderSize (Join-Path $env:LOCALAPPDATA 'pip\Cache')) / 1MB)
}
if ($IncludeNuGet) {
    Remove-Safely (Join-Path $env:USERPROFILE '.nuget\packages') 'NuGet packages'
}
if (Get-Process -Name Code -ErrorAction SilentlyContinue) {
    Write-Warning 'VS Code is running; skipping its caches.'
} else {
    foreach ($d in 'Cache', 'CachedData', 'Code Cache', 'GPUCache') {
        Remove-Safely (Join-Path $env:APPDATA "Code\$d") "VS Code $d"
    }
}
if (-not $Apply) { Write-Host 'Re-run with -Apply to delete.' -ForegroundColor Yellow }
