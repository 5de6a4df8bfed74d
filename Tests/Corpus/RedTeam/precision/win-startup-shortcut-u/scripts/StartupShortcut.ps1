<#
.SYNOPSIS
  Add, list or remove a shortcut in the current user's Startup folder.
.EXAMPLE
  .\StartupShortcut.ps1 -Name Obsidian -Target "$env:LOCALAPPDATA\Programs\Obsidian\Obsidian.exe" -WhatIf
#>
[CmdletBinding(SupportsShouldProcess = $true, DefaultParameterSetName = 'Add')]
param(
    [Parameter(ParameterSetName = 'List', Mandatory = $true)]
    [switch] $List,

    [Parameter(ParameterSetName = 'Add', Mandatory = $true)]
    [Parameter(ParameterSetName = 'Remove', Mandatory = $true)]
    [ValidatePattern('^[\w .()-]{1,64}$')]
    [string] $Name,

    [Parameter(ParameterSetName = 'Add', Mandatory = $true)]
    [string] $Target,

    [Parameter(ParameterSetName = 'Add')]
    [string] $Arguments = '',

    [Parameter(ParameterSetName = 'Remove', Mandatory = $true)]
    [switch] $Remove
)

$ErrorActionPreference = 'Stop'
# Per-user Startup folder only (never CommonStartup, which needs admin rights).
$startup = [Environment]::GetFolderPath([Environment+SpecialFolder]::Startup)

if ($List) {
    Get-ChildItem -LiteralPath $startup -File |
        Select-Object Name, LastWriteTime, FullName |
        Format-Table -AutoSize
    return
}

$lnkPath = Join-Path $startup ($Name + '.lnk')

if ($Remove) {
    if (-not (Test-Path -LiteralPath $lnkPath)) {
        Write-Warning "No startup shortcut named '$Name' in $startup"
        return
    }
    if ($PSCmdlet.ShouldProcess($lnkPath, 'Remove startup shortcut')) {
        Remove-Item -LiteralPath $lnkPath
        Write-Host "Removed $lnkPath"
    }
    return
}

# --- Add ---
$resolved = (Resolve-Path -LiteralPath $Target).ProviderPath
$ext = [IO.Path]::GetExtension($resolved).ToLowerInvariant()
if ($ext -notin @('.exe', '.bat', '.cmd', '.lnk')) {
    throw "Target must be an .exe, .bat, .cmd or .lnk file (got '$ext')."
}
$blocked = @($env:TEMP, (Join-Path $env:USERPROFILE 'Downloads')) | Where-Object { $_ }
foreach ($dir in $blocked) {
    if ($resolved.StartsWith($dir, [StringComparison]::OrdinalIgnoreCase)) {
        throw "Refusing to auto-start something from '$dir'. Install the app first and point at its installed location."
    }
}
if (Test-Path -LiteralPath $lnkPath) {
    throw "A startup shortcut named '$Name' already exists. Remove it first with -Remove."
}

Write-Host "Shortcut : $lnkPath"
Write-Host "Target   : $resolved"
Write-Host "Arguments: $Arguments"

if ($PSCmdlet.ShouldProcess($lnkPath, "Create startup shortcut to $resolved")) {
    $shell = New-Object -ComObject WScript.Shell
    $shortcut = $shell.CreateShortcut($lnkPath)
    $shortcut.TargetPath = $resolved
    $shortcut.Arguments = $Arguments
    $shortcut.WorkingDirectory = Split-Path -Parent $resolved
    $shortcut.Description = "Added at the user's request by win-startup-shortcut-u"
    $shortcut.Save()
    Write-Host "Created. It will run at your next sign-in. Undo with: -Name '$Name' -Remove"
}
