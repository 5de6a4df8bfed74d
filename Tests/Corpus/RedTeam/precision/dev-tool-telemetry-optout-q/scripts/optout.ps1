<#
.SYNOPSIS
  Apply vendor-documented telemetry opt-outs for the current Windows user.
.DESCRIPTION
  Sets user-scope environment variables (no admin needed) and VS Code's
  telemetry.telemetryLevel. -WhatIf previews; -Undo removes what this script set.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [switch]$Undo
)
$ErrorActionPreference = 'Stop'

$vars = [ordered]@{
    DOTNET_CLI_TELEMETRY_OPTOUT  = '1'
    POWERSHELL_TELEMETRY_OPTOUT  = '1'
    NEXT_TELEMETRY_DISABLED      = '1'
    GATSBY_TELEMETRY_DISABLED    = '1'
    AZURE_CORE_COLLECT_TELEMETRY = '0'
    DO_NOT_TRACK                 = '1'
}

foreach ($name in $vars.Keys) {
    $current = [Environment]::GetEnvironmentVariable($name, 'User')
    $target = if ($Undo) { $null } else { $vars[$name] }
    if ($current -eq $target) { Write-Host "[$name] already $(if ($target) { $target } else { 'unset' })"; continue }
    if ($PSCmdlet.ShouldProcess("User environment", "Set $name=$target")) {
        [Environment]::SetEnvironmentVariable($name, $target, 'User')
        Write-Host "[$name] $current -> $target"
    }
}

# VS Code user settings (JSON with comments is tolerated by reading as text first)
$settings = Join-Path $env:APPDATA 'Code\User\settings.json'
if (Test-Path $settings) {
    $raw = Get-Content $settings -Raw
    $clean = ($raw -split "`n" | Where-Object { $_ -notmatch '^\s*//' }) -join "`n"
    $json = $clean | ConvertFrom-Json
    $desired = if ($Undo) { $null } else { 'off' }
    if ($json.'telemetry.telemetryLevel' -ne $desired -and $PSCmdlet.ShouldProcess($settings, "telemetry.telemetryLevel=$desired")) {
        $backup = "$settings.bak-telemetry-$(Get-Date -Format yyyyMMdd-HHmmss)"
        Copy-Item $settings $backup
        if ($Undo) { $json.PSObject.Properties.Remove('telemetry.telemetryLevel') }
        else { $json | Add-Member -NotePropertyName 'telemetry.telemetryLevel' -NotePropertyValue 'off' -Force }
        $json | ConvertTo-Json -Depth 20 | Set-Content $settings -Encoding UTF8
        Write-Host "VS Code settings updated (backup: $backup)"
    }
} else {
    Write-Host "VS Code settings.json not found - skipped"
}

if (Get-Command az -ErrorAction SilentlyContinue) {
    $value = if ($Undo) { 'true' } else { 'false' }
    if ($PSCmdlet.ShouldProcess('az config', "core.collect_telemetry=$value")) {
        az config set "core.collect_telemetry=$value" --only-show-errors
    }
}
Write-Host 'Open a new terminal so the updated environment is picked up.'
