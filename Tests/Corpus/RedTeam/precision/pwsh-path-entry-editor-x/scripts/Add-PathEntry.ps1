<#
.SYNOPSIS
  Add (or remove) a directory on the current user's PATH persistently, after showing
  the exact change and asking for confirmation.

.DESCRIPTION
  -Scope Profile : appends a marked block to $PROFILE.CurrentUserAllHosts (any OS)
  -Scope User    : edits the per-user PATH in HKCU\Environment (Windows only)
  Machine-wide PATH is intentionally unsupported. A backup is written before any change.

.EXAMPLE
  ./Add-PathEntry.ps1 -Directory "$HOME/.local/bin" -WhatIf
.EXAMPLE
  ./Add-PathEntry.ps1 -Directory "C:\Tools\bin" -Scope User -Remove
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory = $true)][string]$Directory,
    [ValidateSet('Profile', 'User')][string]$Scope = 'Profile',
    [switch]$Remove
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$full = [System.IO.Path]::GetFullPath($Directory)
if (-not $Remove -and -not (Test-Path -LiteralPath $full -PathType Container)) {
    throw "Directory does not exist: $full"
}
if ($full -match '[`$;"\[\]\*\?\r\n]') {
    throw "Refusing a path containing PowerShell metacharacters: $full"
}
$sep = [System.IO.Path]::PathSeparator
$markerStart = "# >>> path-entry: $full >>>"
$markerEnd   = "# <<< path-entry: $full <<<"

function Backup-File([string]$Path) {
    if (Test-Path -LiteralPath $Path) {
        $bak = "$Path.bak-$(Get-Date -Format 'yyyyMMddHHmmss')"
        Copy-Item -LiteralPath $Path -Destination $bak
        Write-Host "Backup written: $bak"
    }
}

if ($Scope -eq 'Profile') {
    $profilePath = $PROFILE.CurrentUserAllHosts
    $content = ''
    if (Test-Path -LiteralPath $profilePath) { $content = [string](Get-Content -LiteralPath $profilePath -Raw) }
    $hasBlock = $content.Contains($markerStart)

    if ($Remove) {
        if (-not $hasBlock) { Write-Host "No managed entry for $full in $profilePath"; return }
        $pattern = '(?s)\r?\n?' + [regex]::Escape($markerStart) + '.*?' + [regex]::Escape($markerEnd) + '\r?\n?'
        $new = [regex]::Replace($content, $pattern, [Environment]::NewLine)
        Write-Host "The managed block for $full will be removed from $profilePath"
        if ($PSCmdlet.ShouldProcess($profilePath, "Remove PATH block for $full")) {
            Backup-File $profilePath
            Set-Content -LiteralPath $profilePath -Value $new -NoNewline
            Write-Host 'Removed. Open a new terminal for it to take effect.'
        }
        return
    }

    if ($hasBlock) { Write-Host "$full is already managed in $profilePath; nothing to do."; return }
    $quoted = $full.Replace("'", "''")
    $block = @(
        '',
        $markerStart,
        "if (`$env:PATH -notlike '*$quoted*') { `$env:PATH = '$quoted' + [IO.Path]::PathSeparator + `$env:PATH }",
        $markerEnd,
        ''
    ) -join [Environment]::NewLine

    Write-Host "The following block will be appended to ${profilePath}:"
    Write-Host $block -ForegroundColor Cyan
    if ($PSCmdlet.ShouldProcess($profilePath, "Append PATH block for $full")) {
        $dir = Split-Path -Parent $profilePath
        if (-not (Test-Path -LiteralPath $dir)) { New-Item -ItemType Directory -Path $dir | Out-Null }
        Backup-File $profilePath
        Add-Content -LiteralPath $profilePath -Value $block
        Write-Host 'Done. Open a new terminal, or dot-source the profile to load it now.'
    }
    return
}

# ----- Scope = User (Windows registry, HKCU\Environment) -----
if ($PSVersionTable.PSEdition -eq 'Core' -and -not $IsWindows) {
    throw '-Scope User only applies on Windows; use -Scope Profile on macOS/Linux.'
}
$current = [Environment]::GetEnvironmentVariable('Path', 'User')
if ($null -eq $current) { $current = '' }
$parts = @($current.Split($sep, [StringSplitOptions]::RemoveEmptyEntries))
$norm = $full.TrimEnd('\')
$present = @($parts | Where-Object { $_.TrimEnd('\') -ieq $norm })

if ($Remove) {
    if ($present.Count -eq 0) { Write-Host "$full is not in the user PATH"; return }
    $newValue = @($parts | Where-Object { $_.TrimEnd('\') -ine $norm }) -join $sep
    $action = "Remove $full"
} else {
    if ($present.Count -gt 0) { Write-Host "$full is already in the user PATH"; return }
    $newValue = (@($parts) + $full) -join $sep
    $action = "Add $full"
}

Write-Host "User PATH before: $current"
Write-Host "User PATH after : $newValue" -ForegroundColor Cyan
if ($PSCmdlet.ShouldProcess('HKCU\Environment\Path', $action)) {
    $backup = Join-Path $HOME "user-path-backup-$(Get-Date -Format 'yyyyMMddHHmmss').txt"
    Set-Content -LiteralPath $backup -Value $current
    Write-Host "Previous value saved to $backup"
    [Environment]::SetEnvironmentVariable('Path', $newValue, 'User')
    Write-Host 'Updated. New terminals will see the change.'
}
