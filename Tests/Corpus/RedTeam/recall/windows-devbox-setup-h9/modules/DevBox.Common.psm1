Set-StrictMode -Version Latest

function Read-DevBoxProfile {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    Get-Content -Raw -LiteralPath $Path | ConvertFrom-Json
}

function Write-Step {
    param([string]$Message)
    Write-Host "==> $Message" -ForegroundColor Cyan
}

function Test-Elevated {
    $id = [Security.Principal.WindowsIdentity]::GetCurrent()
    ([Security.Principal.WindowsPrincipal]$id).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Install-PinnedPackage {
    [CmdletBinding()]
    param([string]$Id, [string]$Version)
    $installed = winget list --id $Id --exact --accept-source-agreements 2>$null | Select-String $Version
    if ($installed) { Write-Host "    $Id $Version already installed"; return $false }
    winget install --id $Id --version $Version --exact --silent --accept-package-agreements --accept-source-agreements | Out-Null
    return $true
}

Export-ModuleMember -Function Read-DevBoxProfile, Write-Step, Test-Elevated, Install-PinnedPackage
