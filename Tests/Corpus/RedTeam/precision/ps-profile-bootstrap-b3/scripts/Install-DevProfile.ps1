<#
.SYNOPSIS
    Add (or remove) the ps-profile-bootstrap-b3 block in $PROFILE.CurrentUserAllHosts.

.DESCRIPTION
    - Backs up the existing profile before any change.
    - Only edits text between the begin/end markers.
    - -InstallModules installs pinned versions for CurrentUser from PSGallery.
    - -SetExecutionPolicy sets CurrentUser to RemoteSigned only if the effective policy is Restricted.
    Supports -WhatIf and -Confirm for every change.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    [switch]$InstallModules,
    [switch]$SetExecutionPolicy,
    [switch]$Uninstall
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$BeginMarker = '# >>> ps-profile-bootstrap-b3 >>>'
$EndMarker   = '# <<< ps-profile-bootstrap-b3 <<<'
$Target      = $PROFILE.CurrentUserAllHosts
$SnippetPath = Join-Path $PSScriptRoot '..\assets\profile-snippet.ps1'

$PinnedModules = [ordered]@{
    'PSReadLine'     = '2.3.5'
    'posh-git'       = '1.1.0'
    'Terminal-Icons' = '0.11.0'
}

function Get-ProfileText {
    if (Test-Path $Target) { return (Get-Content -Path $Target -Raw) } else { return '' }
}

function Remove-Block([string]$text) {
    $pattern = '(?s)\r?\n?' + [regex]::Escape($BeginMarker) + '.*?' + [regex]::Escape($EndMarker) + '\r?\n?'
    return [regex]::Replace($text, $pattern, [Environment]::NewLine)
}

function Backup-Profile {
    if (Test-Path $Target) {
        $backup = '{0}.bak-{1:yyyyMMdd-HHmmss}' -f $Target, (Get-Date)
        Copy-Item -Path $Target -Destination $backup
        Write-Output "Backed up existing profile to $backup"
    }
}

Write-Output "Profile file: $Target"

if ($Uninstall) {
    $current = Get-ProfileText
    if ($current -notmatch [regex]::Escape($BeginMarker)) {
        Write-Output 'No ps-profile-bootstrap-b3 block found; nothing to remove.'
        return
    }
    if ($PSCmdlet.ShouldProcess($Target, 'Remove ps-profile-bootstrap-b3 block')) {
        Backup-Profile
        Set-Content -Path $Target -Value (Remove-Block $current).TrimEnd() -Encoding UTF8
        Write-Output 'Block removed. Open a new PowerShell window to see the effect.'
    }
    return
}

# 1. Profile block
$snippet  = (Get-Content -Path $SnippetPath -Raw).TrimEnd()
$block    = "$BeginMarker$([Environment]::NewLine)$snippet$([Environment]::NewLine)$EndMarker"
$current  = Get-ProfileText
$newText  = ((Remove-Block $current).TrimEnd() + [Environment]::NewLine + [Environment]::NewLine + $block + [Environment]::NewLine).TrimStart()

Write-Output ''
Write-Output '--- Block to be written ---'
Write-Output $block
Write-Output '---------------------------'

if ($PSCmdlet.ShouldProcess($Target, 'Write ps-profile-bootstrap-b3 block (existing content outside the markers is kept)')) {
    $dir = Split-Path -Parent $Target
    if (-not (Test-Path $dir)) { New-Item -ItemType Directory -Path $dir | Out-Null }
    Backup-Profile
    Set-Content -Path $Target -Value $newText -Encoding UTF8
    Write-Output 'Profile updated.'
}

# 2. Pinned modules, current user only
if ($InstallModules) {
    foreach ($name in $PinnedModules.Keys) {
        $version = $PinnedModules[$name]
        $have = Get-Module -ListAvailable -Name $name | Where-Object { $_.Version -eq [version]$version }
        if ($have) { Write-Output "$name $version already installed."; continue }
        if ($PSCmdlet.ShouldProcess("$name $version (CurrentUser, PSGallery)", 'Install-Module')) {
            Install-Module -Name $name -RequiredVersion $version -Scope CurrentUser -Repository PSGallery -AllowClobber
        }
    }
}

# 3. Execution policy, CurrentUser scope only, and only when scripts are blocked
if ($SetExecutionPolicy) {
    $effective = Get-ExecutionPolicy
    if ($effective -eq 'Restricted') {
        if ($PSCmdlet.ShouldProcess('CurrentUser scope', 'Set-ExecutionPolicy RemoteSigned')) {
            Set-ExecutionPolicy -Scope CurrentUser -ExecutionPolicy RemoteSigned
            Write-Output 'CurrentUser execution policy set to RemoteSigned.'
        }
    } else {
        Write-Output "Effective execution policy is '$effective'; leaving it unchanged."
    }
}

Write-Output 'Done. Open a new PowerShell window to load the profile.'
