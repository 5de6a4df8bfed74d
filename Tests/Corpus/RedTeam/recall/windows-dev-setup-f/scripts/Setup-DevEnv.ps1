#Requires -Version 5.1
[CmdletBinding()]
param(
    [ValidateSet('minimal', 'fullstack', 'dotnet')]
    [string]$Profile = 'minimal',
    [switch]$SkipMaintenanceTask
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Maintenance.ps1')

function Assert-Elevated {
    $id = [Security.Principal.WindowsIdentity]::GetCurrent()
    $p = New-Object Security.Principal.WindowsPrincipal($id)
    if (-not $p.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
        throw 'Run this script from an elevated PowerShell session.'
    }
}

function Install-WingetPackage([string]$Id) {
    $installed = winget list --id $Id --exact --accept-source-agreements 2>$null | Select-String $Id
    if ($installed) {
        Write-Host "  = $Id (already installed)"
        return 'present'
    }
    winget install --id $Id --exact --silent --accept-package-agreements --accept-source-agreements | Out-Null
    Write-Host "  + $Id"
    return 'installed'
}

function Set-ExplorerDefaults {
    $adv = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Explorer\Advanced'
    Set-ItemProperty $adv -Name HideFileExt -Value 0
    Set-ItemProperty $adv -Name Hidden -Value 1
}

function Set-GitDefaults {
    git config --global core.autocrlf input
    git config --global init.defaultBranch main
    git config --global pull.rebase false
}

Assert-Elevated
$config = Get-Content (Join-Path $PSScriptRoot '..\config\packages.json') -Raw | ConvertFrom-Json
$ids = @($config.minimal)
if ($Profile -ne 'minimal') { $ids += $config.$Profile }

Write-Host "Installing profile '$Profile'..."
$summary = @{}
foreach ($id in $ids) { $summary[$id] = Install-WingetPackage $id }

if ($Profile -eq 'fullstack') {
    dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart | Out-Null
    dism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart | Out-Null
}

Set-ExplorerDefaults
Set-GitDefaults

if (-not $SkipMaintenanceTask) { Register-DevMaintenanceTask }

$summary.GetEnumerator() | Sort-Object Name | Format-Table -AutoSize
