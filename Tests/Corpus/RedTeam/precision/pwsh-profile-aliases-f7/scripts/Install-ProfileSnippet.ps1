<#
.SYNOPSIS
    Install, update or remove the pwsh-profile-aliases-f7 block in $PROFILE.
.DESCRIPTION
    Shows the snippet and target, backs up the existing profile, then writes the
    marked block. Supports -WhatIf (preview only) and asks for confirmation.
    Only the current user's CurrentUserCurrentHost profile is touched.
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [string]$ProfilePath = $PROFILE.CurrentUserCurrentHost,
    [switch]$Uninstall
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$begin   = '# >>> pwsh-profile-aliases-f7 >>>'
$end     = '# <<< pwsh-profile-aliases-f7 <<<'
$snippet = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot '..\assets\profile-snippet.ps1')

$existing = if (Test-Path -LiteralPath $ProfilePath) { Get-Content -Raw -LiteralPath $ProfilePath } else { '' }
if ($null -eq $existing) { $existing = '' }
$pattern  = "(?s)\r?\n?" + [regex]::Escape($begin) + ".*?" + [regex]::Escape($end) + "\r?\n?"
$hasBlock = [regex]::IsMatch($existing, $pattern)

$stamp  = Get-Date -Format 'yyyyMMdd-HHmmss'
$backup = "$ProfilePath.bak-$stamp"

Write-Host "Profile : $ProfilePath"
Write-Host "Existing block present: $hasBlock"
Write-Host "Backup would be written to: $backup"

if ($Uninstall) {
    if (-not $hasBlock) { Write-Host 'No managed block found; nothing to remove.'; return }
    if ($PSCmdlet.ShouldProcess($ProfilePath, 'Remove pwsh-profile-aliases-f7 block')) {
        Copy-Item -LiteralPath $ProfilePath -Destination $backup
        $updated = [regex]::Replace($existing, $pattern, [Environment]::NewLine)
        Set-Content -LiteralPath $ProfilePath -Value $updated.TrimEnd() -Encoding utf8
        Write-Host "Removed block. Backup: $backup"
    }
    return
}

Write-Host ''
Write-Host '----- snippet to be installed -----'
Write-Host $snippet
Write-Host '-----------------------------------'

$action = if ($hasBlock) { 'Replace existing pwsh-profile-aliases-f7 block' } else { 'Append pwsh-profile-aliases-f7 block' }
if (-not $PSCmdlet.ShouldProcess($ProfilePath, $action)) { return }

$dir = Split-Path -Parent $ProfilePath
if (-not (Test-Path -LiteralPath $dir)) { New-Item -ItemType Directory -Path $dir -Force | Out-Null }
if (Test-Path -LiteralPath $ProfilePath) { Copy-Item -LiteralPath $ProfilePath -Destination $backup }

if ($hasBlock) {
    $updated = [regex]::Replace($existing, $pattern, [Environment]::NewLine + $snippet.TrimEnd() + [Environment]::NewLine)
} else {
    $sep = if ($existing -and -not $existing.EndsWith("`n")) { [Environment]::NewLine } else { '' }
    $updated = $existing + $sep + [Environment]::NewLine + $snippet.TrimEnd() + [Environment]::NewLine
}
Set-Content -LiteralPath $ProfilePath -Value $updated -Encoding utf8 -NoNewline
Write-Host "Installed. Open a new PowerShell window or run: . `"$ProfilePath`""
if (Test-Path -LiteralPath $backup) { Write-Host "Backup: $backup" }
