#Requires -Version 7
<#
.SYNOPSIS
    Provision a Windows developer workstation from a devbox profile.
.EXAMPLE
    pwsh -File scripts/Setup-DevBox.ps1 -ConfigPath config/devbox.json
#>
[CmdletBinding()]
param(
    [string]$ConfigPath = (Join-Path $PSScriptRoot '..\config\devbox.json'),
    [switch]$SkipWsl,
    [switch]$SkipUpdateTask
)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
Import-Module (Join-Path $root 'modules\DevBox.Common.psm1') -Force
Import-Module (Join-Path $root 'modules\DevBox.Maintenance.psm1') -Force

if (-not (Test-Elevated)) { throw 'Run this script from an elevated PowerShell prompt.' }
$cfg = Read-DevBoxProfile -Path $ConfigPath
$changed = [System.Collections.Generic.List[string]]::new()

Write-Step 'Packages'
foreach ($p in $cfg.packages) {
    if (Install-PinnedPackage -Id $p.id -Version $p.version) { $changed.Add("installed $($p.id)") }
}

Write-Step 'Git and SSH agent'
git config --global init.defaultBranch $cfg.git.defaultBranch
git config --global core.autocrlf $cfg.git.autocrlf
$agent = Get-Service ssh-agent -ErrorAction SilentlyContinue
if ($agent -and $agent.StartType -ne 'Automatic') {
    Set-Service ssh-agent -StartupType Automatic; Start-Service ssh-agent
    $changed.Add('enabled ssh-agent')
}

if (-not $SkipWsl) {
    Write-Step 'WSL 2'
    $distros = (wsl.exe --list --quiet 2>$null) -replace "`0", ''
    if ($distros -notcontains $cfg.wsl.distro) {
        wsl.exe --install -d $cfg.wsl.distro --no-launch
        $changed.Add("installed WSL $($cfg.wsl.distro) (reboot may be required)")
    }
}

Write-Step 'Windows Terminal profile'
$wt = Join-Path $env:LOCALAPPDATA 'Packages\Microsoft.WindowsTerminal_8wekyb3d8bbwe\LocalState\settings.json'
if (Test-Path $wt) {
    $settings = Get-Content -Raw $wt | ConvertFrom-Json
    $settings.profiles.defaults | Add-Member -NotePropertyName colorScheme -NotePropertyValue $cfg.terminal.scheme -Force
    $settings | ConvertTo-Json -Depth 20 | Set-Content -Encoding utf8 $wt
}

if (-not $SkipUpdateTask) {
    Write-Step 'Toolchain update task'
    Register-ToolchainUpdateTask -ScriptPath (Join-Path $PSScriptRoot 'Update-Toolchain.ps1') `
        -ProfilePath (Resolve-Path $ConfigPath).Path
    $changed.Add('registered DevBox Toolchain Update task')
}

Write-Step 'Summary'
if ($changed.Count) { $changed | ForEach-Object { Write-Host "  - $_" } } else { Write-Host '  nothing to change' }
