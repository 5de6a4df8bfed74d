#Requires -RunAsAdministrator
#Requires -Version 5.1
<#
.SYNOPSIS
  Developer workstation setup for Windows 11. Run with -WhatIf first.
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [ValidateSet('LongPaths', 'DeveloperMode', 'ExecutionPolicy', 'DevDrive', 'Defender', 'WSL', 'Winget')]
    [string[]] $Steps = @('LongPaths', 'DeveloperMode', 'ExecutionPolicy', 'Winget'),
    [string] $SourceRoot,
    [char]   $DevDriveLetter = 'D',
    [int]    $DevDriveSizeGB = 100,
    [switch] $AllowPathExclusion,
    [switch] $IncludePackageCaches
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$logDir = Join-Path $env:LOCALAPPDATA 'devbox-setup'
New-Item -ItemType Directory -Force -Path $logDir | Out-Null
$log = Join-Path $logDir ("setup-{0:yyyyMMdd-HHmmss}.log" -f (Get-Date))
function Log([string] $msg) {
    $line = "{0:u}  {1}" -f (Get-Date), $msg
    Add-Content -Path $log -Value $line
    Write-Host $msg
}

function Set-RegDword([string] $path, [string] $name, [int] $value) {
    $current = (Get-ItemProperty -Path $path -Name $name -ErrorAction SilentlyContinue).$name
    if ($current -eq $value) { Log "  $path\$name already $value"; return }
    if ($PSCmdlet.ShouldProcess("$path\$name", "set DWORD $current -> $value")) {
        if (-not (Test-Path $path)) { New-Item -Path $path -Force | Out-Null }
        New-ItemProperty -Path $path -Name $name -PropertyType DWord -Value $value -Force | Out-Null
        Log "  set $path\$name = $value (was $current)"
    }
}

function Step-LongPaths {
    Log 'LongPaths'
    Set-RegDword 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' 'LongPathsEnabled' 1
    if (Get-Command git -ErrorAction SilentlyContinue) {
        if ($PSCmdlet.ShouldProcess('git --system', 'core.longpaths true')) {
            git config --system core.longpaths true
            Log '  git core.longpaths = true'
        }
    }
}

function Step-DeveloperMode {
    Log 'DeveloperMode'
    Set-RegDword 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\AppModelUnlock' 'AllowDevelopmentWithoutDevLicense' 1
}

function Step-ExecutionPolicy {
    Log 'ExecutionPolicy'
    $cur = Get-ExecutionPolicy -Scope CurrentUser
    if ($cur -eq 'RemoteSigned') { Log '  CurrentUser already RemoteSigned'; return }
    if ($PSCmdlet.ShouldProcess('CurrentUser', "ExecutionPolicy $cur -> RemoteSigned")) {
        Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser -Force
        Log "  CurrentUser execution policy: $cur -> RemoteSigned"
    }
}

function Step-DevDrive {
    Log 'DevDrive'
    $build = [int](Get-CimInstance Win32_OperatingSystem).BuildNumber
    if ($build -lt 22621) { Log "  Windows build $build does not support Dev Drive (needs 22621+); skipping"; return }
    if (Get-Volume -DriveLetter $DevDriveLetter -ErrorAction SilentlyContinue) {
        Log "  drive ${DevDriveLetter}: already exists; skipping"; return
    }
    $vhdDir = 'C:\DevDrives'
    $vhd = Join-Path $vhdDir 'devdrive.vhdx'
    if ($PSCmdlet.ShouldProcess($vhd, "create ${DevDriveSizeGB}GB ReFS Dev Drive as ${DevDriveLetter}:")) {
        New-Item -ItemType Directory -Force -Path $vhdDir | Out-Null
        New-VHD -Path $vhd -SizeBytes ($DevDriveSizeGB * 1GB) -Dynamic | Out-Null
        $disk = Mount-VHD -Path $vhd -Passthru | Initialize-Disk -PartitionStyle GPT -PassThru
        $part = New-Partition -DiskNumber $disk.Number -UseMaximumSize -DriveLetter $DevDriveLetter
        Format-Volume -Partition $part -DevDrive -FileSystem ReFS -NewFileSystemLabel 'DevDrive' -Confirm:$false | Out-Null
        Log "  Dev Drive ${DevDriveLetter}: created from $vhd"
    }
}

function Test-IsDevDrive([string] $path) {
    $letter = (Split-Path -Qualifier (Resolve-Path $path)).TrimEnd(':')
    $out = & fsutil devdrv query "${letter}:" 2>$null
    return ($LASTEXITCODE -eq 0 -and ($out -match 'trusted developer volume|Dev Drive'))
}

function Step-Defender {
    Log 'Defender'
    if (-not $SourceRoot) { throw '-SourceRoot is required for the Defender step' }
    $full = (Resolve-Path $SourceRoot).Path.TrimEnd('\')
    $forbidden = @($env:USERPROFILE, $env:SystemDrive + '\', $env:windir, $env:ProgramFiles, ${env:ProgramFiles(x86)}) | ForEach-Object { $_.TrimEnd('\') }
    if ($full.Length -le 3 -or $forbidden -contains $full) {
        throw "Refusing: '$full' is a drive root or system/profile folder. Use a dedicated source folder."
    }

    $mp = Get-MpComputerStatus -ErrorAction SilentlyContinue
    if ($mp -and $mp.IsTamperProtected) { Log '  note: Tamper Protection is on; managed settings may override changes' }

    if (Test-IsDevDrive $full) {
        if ($PSCmdlet.ShouldProcess('Microsoft Defender', 'enable performance mode for Dev Drives')) {
            Set-MpPreference -PerformanceModeStatus Enabled
            Log '  Defender performance mode enabled (Dev Drive stays scanned asynchronously)'
        }
        return
    }

    Log "  $full is not on a Dev Drive."
    if (-not $AllowPathExclusion) {
        Log '  Not adding exclusions. Re-run with -AllowPathExclusion only if the user explicitly wants a scoped exclusion.'
        return
    }
    $paths = @($full)
    if ($IncludePackageCaches) {
        $paths += @(
            (Join-Path $env:LOCALAPPDATA 'npm-cache'),
            (Join-Path $env:USERPROFILE '.nuget\packages'),
            (Join-Path $env:LOCALAPPDATA 'pip\Cache')
        ) | Where-Object { Test-Path $_ }
    }
    foreach ($p in $paths) {
        if ($PSCmdlet.ShouldProcess($p, 'add Microsoft Defender path exclusion')) {
            Add-MpPreference -ExclusionPath $p
            Log "  added Defender exclusion: $p"
        }
    }
    Log ('  current path exclusions: ' + ((Get-MpPreference).ExclusionPath -join '; '))
}

function Step-WSL {
    Log 'WSL'
    if ($PSCmdlet.ShouldProcess('WSL', 'wsl --install --no-distribution')) {
        wsl --install --no-distribution
        Log '  WSL installed; a reboot may be required. Install a distro with: wsl --install -d Ubuntu-24.04'
    }
}

function Step-Winget {
    Log 'Winget'
    $list = Join-Path $PSScriptRoot '..\config\winget-packages.json'
    if (-not (Get-Command winget -ErrorAction SilentlyContinue)) { throw 'winget not found (install App Installer from the Microsoft Store)' }
    if ($PSCmdlet.ShouldProcess($list, 'winget import (pinned versions)')) {
        winget import --import-file $list --accept-package-agreements --disable-interactivity
        Log "  winget import finished with exit code $LASTEXITCODE"
    }
}

Log "devbox setup: steps = $($Steps -join ', ')  (log: $log)"
foreach ($s in $Steps) { & "Step-$s" }
Log 'done.'
