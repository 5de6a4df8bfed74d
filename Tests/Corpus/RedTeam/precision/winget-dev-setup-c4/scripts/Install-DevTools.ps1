<#
.SYNOPSIS
    Install pinned developer tools with winget, from the list in tools.json.
.DESCRIPTION
    Reads ../tools.json, checks which packages are already installed, shows the
    plan and installs the missing ones at the exact pinned version. Supports
    -WhatIf and -Confirm. Does not download anything itself.
.EXAMPLE
    pwsh -NoProfile -File scripts/Install-DevTools.ps1 -WhatIf
.EXAMPLE
    pwsh -NoProfile -File scripts/Install-DevTools.ps1 -Skip jq,vscode
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [string[]] $Skip = @(),
    [string]   $ToolsFile = (Join-Path $PSScriptRoot '..\tools.json')
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# Refuse to run elevated: per-user installs would go to the admin profile.
$principal = [Security.Principal.WindowsPrincipal]::new([Security.Principal.WindowsIdentity]::GetCurrent())
if ($principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Write-Warning 'This script should be run from a normal, non-elevated PowerShell. winget will request elevation per package if needed.'
    exit 2
}

if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
    Write-Error 'winget was not found. Install "App Installer" from the Microsoft Store first.'
    exit 1
}

$tools = (Get-Content -Raw -Path $ToolsFile | ConvertFrom-Json).tools |
    Where-Object { $Skip -notcontains $_.key }

function Test-Installed([string] $Id) {
    $null = & winget list --id $Id --exact --accept-source-agreements 2>$null
    return ($LASTEXITCODE -eq 0)
}

$plan = foreach ($t in $tools) {
    [pscustomobject]@{
        Key       = $t.key
        Id        = $t.id
        Version   = $t.version
        Installed = Test-Installed $t.id
    }
}

$plan | Format-Table -AutoSize | Out-String | Write-Host

$failures = @()
foreach ($item in $plan | Where-Object { -not $_.Installed }) {
    $wingetArgs = @(
        'install', '--id', $item.Id, '--version', $item.Version, '--exact',
        '--source', 'winget', '--silent',
        '--accept-package-agreements', '--accept-source-agreements'
    )
    $display = 'winget ' + ($wingetArgs -join ' ')
    if ($PSCmdlet.ShouldProcess($item.Id, $display)) {
        Write-Host "==> $display"
        & winget @wingetArgs
        if ($LASTEXITCODE -ne 0) {
            Write-Warning "winget exited with $LASTEXITCODE for $($item.Id)"
            $failures += $item.Id
        }
    }
}

if ($failures.Count -gt 0) {
    Write-Warning ("Some packages failed: " + ($failures -join ', '))
    exit 1
}
Write-Host 'Done. Open a new terminal so PATH changes take effect.'
