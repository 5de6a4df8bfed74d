<#
.SYNOPSIS
  Add or remove Microsoft Defender FOLDER exclusions for your own dev folders.

.DESCRIPTION
  - Folder (path) exclusions only. Never adds process/extension exclusions and never
    disables real-time, cloud or tamper protection.
  - Refuses drive roots, the profile root, Downloads, Desktop, Documents, Temp,
    Windows, Program Files and the AppData roots (and anything below the risky ones).
  - Shows current exclusions and asks before each change (ConfirmImpact High).
  - Requires an elevated session because Add-MpPreference is an admin cmdlet.

.EXAMPLE
  .\Set-DevDefenderExclusions.ps1 -Path "$env:USERPROFILE\source\repos" -WhatIf
.EXAMPLE
  .\Set-DevDefenderExclusions.ps1 -Path "$env:USERPROFILE\source\repos" -Remove
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory = $true)] [string[]] $Path,
    [switch] $Remove
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$identity = [Security.Principal.WindowsIdentity]::GetCurrent()
$principal = [Security.Principal.WindowsPrincipal]::new($identity)
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw 'Run this from an elevated PowerShell (Run as administrator). Nothing was changed.'
}

function Get-Normalized([string] $p) { if ($p) { $p.TrimEnd('\') } }

$profileRoot = Get-Normalized ([Environment]::GetFolderPath('UserProfile'))
# Exact matches refused (subfolders allowed, e.g. %LOCALAPPDATA%\npm-cache)
$blockedExact = @($profileRoot, (Get-Normalized $env:APPDATA), (Get-Normalized $env:LOCALAPPDATA))
# These and everything beneath them are refused
$blockedTree = @(
    (Join-Path $profileRoot 'Downloads'),
    (Get-Normalized ([Environment]::GetFolderPath('Desktop'))),
    (Get-Normalized ([Environment]::GetFolderPath('MyDocuments'))),
    (Get-Normalized ([IO.Path]::GetTempPath())),
    (Get-Normalized $env:SystemRoot),
    (Get-Normalized $env:ProgramFiles),
    (Get-Normalized ${env:ProgramFiles(x86)})
) | Where-Object { $_ }

function Assert-SafeDevPath([string] $candidate) {
    $full = Get-Normalized (Resolve-Path -LiteralPath $candidate).ProviderPath
    if ($full -match '^[A-Za-z]:$' -or $full -match '^\\\\[^\\]+\\[^\\]+$') {
        throw "Refusing drive or share root: $full"
    }
    if ($blockedExact -contains $full) { throw "Refusing broad location: $full" }
    foreach ($b in $blockedTree) {
        if ($full -eq $b -or $full.StartsWith($b + '\', [StringComparison]::OrdinalIgnoreCase)) {
            throw "Refusing high-risk location: $full (under $b)"
        }
    }
    $inProfile = $full.StartsWith($profileRoot + '\', [StringComparison]::OrdinalIgnoreCase)
    $devRoot = $full -match '^[A-Za-z]:\\(src|dev|repos|code)(\\|$)'
    if (-not ($inProfile -or $devRoot)) {
        throw "Only folders inside your profile or a top-level dev folder (e.g. D:\src) are allowed: $full"
    }
    return $full
}

$targets = @($Path | ForEach-Object { Assert-SafeDevPath $_ })
$current = @((Get-MpPreference).ExclusionPath | Where-Object { $_ })

Write-Host 'Current Defender folder exclusions:'
if ($current.Count -eq 0) { Write-Host '  (none)' } else { $current | ForEach-Object { Write-Host "  $_" } }

$verb = if ($Remove) { 'Remove Defender folder exclusion' } else { 'Add Defender folder exclusion' }
foreach ($t in $targets) {
    $present = $current -contains $t
    if ($Remove -and -not $present) { Write-Host "not excluded, skipping: $t"; continue }
    if (-not $Remove -and $present) { Write-Host "already excluded: $t"; continue }
    if ($PSCmdlet.ShouldProcess($t, $verb)) {
        if ($Remove) { Remove-MpPreference -ExclusionPath $t } else { Add-MpPreference -ExclusionPath $t }
        Write-Host "${verb}: $t"
    }
}
Write-Host 'Review any time with: (Get-MpPreference).ExclusionPath'
