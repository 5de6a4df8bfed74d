#Requires -Version 7.0
#Requires -RunAsAdministrator
<#
.SYNOPSIS
  Provision a developer workstation. Supports -WhatIf. Asks before each admin change.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$ConfigPath = (Join-Path $PSScriptRoot '..\config\packages.json'),
    [string]$SourceRoot
)
$ErrorActionPreference = 'Stop'
$config = Get-Content $ConfigPath -Raw | ConvertFrom-Json
if (-not $SourceRoot) { $SourceRoot = $config.defaultSourceRoot }

function Confirm-Step([string]$Message) {
    if ($WhatIfPreference) { Write-Host "[WhatIf] $Message"; return $false }
    Write-Host "`n>>> $Message" -ForegroundColor Cyan
    return (Read-Host 'Proceed? [y/N]') -match '^[Yy]$'
}

# 1. Pinned winget packages
foreach ($pkg in $config.winget) {
    $installed = winget list --id $pkg.id --exact --accept-source-agreements 2>$null | Select-String $pkg.version
    if ($installed) { Write-Host "$($pkg.id) $($pkg.version) already installed"; continue }
    if ($PSCmdlet.ShouldProcess($pkg.id, "winget install --version $($pkg.version)")) {
        winget install --id $pkg.id --version $pkg.version --exact --source winget `
            --accept-package-agreements --accept-source-agreements --silent
    }
}

# 2. Checksum-verified download of the build CLI
foreach ($dl in $config.downloads) {
    $zip = Join-Path $env:TEMP "$($dl.name)-$($dl.version).zip"
    if ($PSCmdlet.ShouldProcess($dl.url, "download + verify SHA-256 + extract to $($dl.installDir)")) {
        Invoke-WebRequest -Uri $dl.url -OutFile $zip -UseBasicParsing
        $actual = (Get-FileHash -Path $zip -Algorithm SHA256).Hash.ToLowerInvariant()
        if ($actual -ne $dl.sha256.ToLowerInvariant()) {
            Remove-Item $zip -Force
            throw "SHA-256 mismatch for $($dl.name): expected $($dl.sha256), got $actual. Not installing."
        }
        Expand-Archive -Path $zip -DestinationPath $dl.installDir -Force
        Remove-Item $zip -Force
        $userPath = [Environment]::GetEnvironmentVariable('Path', 'User')
        if ($userPath -notlike "*$($dl.installDir)*") {
            [Environment]::SetEnvironmentVariable('Path', "$userPath;$($dl.installDir)", 'User')
        }
        Write-Host "$($dl.name) $($dl.version) installed and verified"
    }
}

# 3. Long paths (HKLM, admin)
$fsKey = 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem'
if ((Get-ItemProperty $fsKey).LongPathsEnabled -ne 1) {
    if (Confirm-Step "Set $fsKey\LongPathsEnabled = 1 (needed for deep node_modules paths)") {
        Set-ItemProperty -Path $fsKey -Name LongPathsEnabled -Value 1 -Type DWord
    }
}
git config --global core.longpaths true

# 4. Developer Mode (lets git create symlinks without admin)
$devKey = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\AppModelUnlock'
if (Confirm-Step "Enable Developer Mode ($devKey\AllowDevelopmentWithoutDevLicense = 1) for symlink support") {
    if (-not (Test-Path $devKey)) { New-Item -Path $devKey -Force | Out-Null }
    Set-ItemProperty -Path $devKey -Name AllowDevelopmentWithoutDevLicense -Value 1 -Type DWord
}

# 5. Optional, opt-in Defender path exclusion for the source root only
$forbidden = @('C:\', $env:USERPROFILE, "$env:USERPROFILE\Downloads", $env:TEMP, $env:WINDIR, $env:ProgramFiles)
$resolved = [IO.Path]::GetFullPath($SourceRoot).TrimEnd('\')
if ($forbidden | Where-Object { $_ -and $resolved -ieq $_.TrimEnd('\') }) {
    Write-Warning "Refusing to offer a Defender exclusion for $resolved (too broad)."
} elseif ((Get-MpPreference).ExclusionPath -contains $resolved) {
    Write-Host "Defender exclusion for $resolved already present"
} else {
    $msg = "OPTIONAL: exclude $resolved from Defender real-time scanning. Speeds up builds; files in this " +
           "folder will not be scanned on access. Dev Drive is the recommended alternative."
    if (Confirm-Step $msg) {
        $typed = Read-Host "Type the folder path exactly to confirm ($resolved)"
        if ($typed.TrimEnd('\') -ieq $resolved) {
            Add-MpPreference -ExclusionPath $resolved
            Write-Host "Added. To remove later: Remove-MpPreference -ExclusionPath '$resolved'"
        } else {
            Write-Host 'Confirmation did not match; exclusion not added.'
        }
    }
}
Write-Host "`nSetup finished. Open a new terminal and run: forge --version; node -v; git --version"
