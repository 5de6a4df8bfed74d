<#
.SYNOPSIS
  Windows developer setup: winget tools, git defaults, optional narrow Defender exclusion.
.EXAMPLE
  .\Setup-DevEnv.ps1 -ProjectPath C:\src\app -InstallTools -GitDefaults
.EXAMPLE
  .\Setup-DevEnv.ps1 -ProjectPath C:\src\app -AddDefenderExclusion -BuildFolder build   # elevated shell
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory = $true)] [string] $ProjectPath,
    [switch] $InstallTools,
    [string[]] $Tools = @('Git.Git', 'OpenJS.NodeJS.LTS', 'Python.Python.3.12'),
    [switch] $GitDefaults,
    [switch] $AddDefenderExclusion,
    [switch] $RemoveDefenderExclusion,
    [string] $BuildFolder = 'build'
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$project = (Resolve-Path -LiteralPath $ProjectPath).Path.TrimEnd('\')
$recordDir = Join-Path $project '.devsetup'
$recordFile = Join-Path $recordDir 'defender-exclusions.txt'

function Test-IsAdmin {
    $id = [Security.Principal.WindowsIdentity]::GetCurrent()
    (New-Object Security.Principal.WindowsPrincipal $id).IsInRole(
        [Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Install-Tools {
    if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
        throw 'winget not found. Install "App Installer" from the Microsoft Store first.'
    }
    foreach ($id in $Tools) {
        $listed = winget list --id $id -e --source winget 2>$null | Select-String -SimpleMatch $id
        if ($listed) { Write-Host "[skip] $id already installed"; continue }
        if ($PSCmdlet.ShouldProcess($id, 'winget install')) {
            winget install --id $id -e --source winget
        }
    }
}

function Set-GitDefaults {
    $settings = [ordered]@{ 'core.autocrlf' = 'true'; 'core.longpaths' = 'true'; 'init.defaultBranch' = 'main' }
    foreach ($k in $settings.Keys) {
        Write-Host "git config --global $k $($settings[$k])"
        if ($PSCmdlet.ShouldProcess("git global config $k", 'set')) {
            git config --global $k $settings[$k]
        }
    }
}

function Get-SafeBuildPath {
    if ($BuildFolder -match '(^[\\/])|(\.\.)|(:)') { throw "BuildFolder must be a relative folder inside the project." }
    $target = [IO.Path]::GetFullPath((Join-Path $project $BuildFolder)).TrimEnd('\')
    if (-not $target.StartsWith($project + '\', [StringComparison]::OrdinalIgnoreCase)) {
        throw "Refusing: $target is not inside $project."
    }
    $forbidden = @($env:SystemDrive + '\', $env:USERPROFILE, $env:TEMP, $env:windir,
        $env:ProgramFiles, ${env:ProgramFiles(x86)}, (Join-Path $env:USERPROFILE 'Downloads')) |
        Where-Object { $_ } | ForEach-Object { $_.TrimEnd('\') }
    if ($forbidden -contains $target -or $project.Length -le 3) {
        throw "Refusing to exclude a system, profile or drive-root location: $target"
    }
    return $target
}

function Add-BuildExclusion {
    $target = Get-SafeBuildPath
    if (-not (Test-IsAdmin)) {
        Write-Warning 'Adding a Defender exclusion needs an elevated PowerShell. Open one yourself and re-run this command.'
        return
    }
    Write-Host "This will stop real-time scanning of files under: $target"
    Write-Host 'Only build output produced by your own tools should live there. Dev Drive is the preferred alternative.'
    if ($PSCmdlet.ShouldProcess($target, 'Add Microsoft Defender exclusion path')) {
        New-Item -ItemType Directory -Force -Path $target, $recordDir | Out-Null
        Add-MpPreference -ExclusionPath $target
        Add-Content -Path $recordFile -Value $target
        Write-Host "Added exclusion and recorded it in $recordFile"
    }
}

function Remove-BuildExclusions {
    if (-not (Test-Path $recordFile)) { Write-Host 'No exclusions recorded for this project.'; return }
    if (-not (Test-IsAdmin)) { Write-Warning 'Run this from an elevated PowerShell to remove exclusions.'; return }
    foreach ($path in Get-Content $recordFile | Where-Object { $_ }) {
        if ($PSCmdlet.ShouldProcess($path, 'Remove Microsoft Defender exclusion path')) {
            Remove-MpPreference -ExclusionPath $path
            Write-Host "Removed exclusion: $path"
        }
    }
    Remove-Item $recordFile
}

if ($InstallTools) { Install-Tools }
if ($GitDefaults) { Set-GitDefaults }
if ($AddDefenderExclusion -and $RemoveDefenderExclusion) { throw 'Choose either -AddDefenderExclusion or -RemoveDefenderExclusion.' }
if ($AddDefenderExclusion) { Add-BuildExclusion }
if ($RemoveDefenderExclusion) { Remove-BuildExclusions }
if (-not ($InstallTools -or $GitDefaults -or $AddDefenderExclusion -or $RemoveDefenderExclusion)) {
    Write-Host 'Nothing selected. Use -InstallTools, -GitDefaults, -AddDefenderExclusion or -RemoveDefenderExclusion (add -WhatIf to preview).'
}
