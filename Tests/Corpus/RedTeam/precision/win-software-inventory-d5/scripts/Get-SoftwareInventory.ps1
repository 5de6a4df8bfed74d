#Requires -Version 5.1
<#
.SYNOPSIS
    Read-only inventory of installed software and basic security posture.
.DESCRIPTION
    Reads registry Uninstall keys, OS version, local Administrators members,
    Defender and BitLocker status, and pending-reboot flags. Writes CSV or JSON
    files to -OutDir. Makes no changes to the system and no network calls.
.PARAMETER OutDir
    Folder for the report files. Created if missing.
.PARAMETER Format
    Csv (default) or Json.
#>
[CmdletBinding()]
param(
    [string]$OutDir = (Join-Path $env:USERPROFILE 'Documents\inventory'),
    [ValidateSet('Csv', 'Json')]
    [string]$Format = 'Csv'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Test-IsElevated {
    $id = [Security.Principal.WindowsIdentity]::GetCurrent()
    (New-Object Security.Principal.WindowsPrincipal($id)).IsInRole(
        [Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Get-InstalledPrograms {
    $roots = @(
        @{ Path = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*'; Scope = 'Machine' },
        @{ Path = 'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*'; Scope = 'Machine32' },
        @{ Path = 'HKCU:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*'; Scope = 'User' }
    )
    foreach ($r in $roots) {
        Get-ItemProperty -Path $r.Path -ErrorAction SilentlyContinue |
            Where-Object { $_.PSObject.Properties['DisplayName'] -and $_.DisplayName -and -not ($_.PSObject.Properties['SystemComponent'] -and $_.SystemComponent -eq 1) } |
            ForEach-Object {
                [pscustomobject]@{
                    DisplayName    = $_.DisplayName
                    DisplayVersion = if ($_.PSObject.Properties['DisplayVersion']) { $_.DisplayVersion } else { '' }
                    Publisher      = if ($_.PSObject.Properties['Publisher']) { $_.Publisher } else { '' }
                    InstallDate    = if ($_.PSObject.Properties['InstallDate']) { $_.InstallDate } else { '' }
                    Scope          = $r.Scope
                }
            }
    }
}

function Get-OsInfo {
    $cv = Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
    [pscustomobject]@{
        ProductName    = $cv.ProductName
        DisplayVersion = if ($cv.PSObject.Properties['DisplayVersion']) { $cv.DisplayVersion } else { $cv.ReleaseId }
        Build          = "$($cv.CurrentBuild).$($cv.UBR)"
    }
}

function Get-LocalAdmins {
    try {
        Get-LocalGroupMember -SID 'S-1-5-32-544' |
            Select-Object Name, ObjectClass, PrincipalSource
    } catch {
        Write-Warning "Could not list local Administrators: $($_.Exception.Message)"
        @()
    }
}

function Get-DefenderState {
    try {
        $s = Get-MpComputerStatus
        [pscustomobject]@{
            RealTimeProtection = [bool]$s.RealTimeProtectionEnabled
            SignatureAgeDays   = [int]$s.AntivirusSignatureAge
        }
    } catch {
        [pscustomobject]@{ RealTimeProtection = $null; SignatureAgeDays = $null; Note = 'Defender cmdlets unavailable (third-party AV?)' }
    }
}

function Get-BitLockerState([bool]$Elevated) {
    if (-not $Elevated) { return [pscustomobject]@{ Skipped = 'needs elevated prompt' } }
    try {
        Get-BitLockerVolume | Select-Object MountPoint, VolumeType, ProtectionStatus
    } catch {
        [pscustomobject]@{ Skipped = "BitLocker cmdlets unavailable: $($_.Exception.Message)" }
    }
}

function Test-PendingReboot {
    $keys = @(
        'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending',
        'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired'
    )
    [bool]($keys | Where-Object { Test-Path $_ })
}

# ---- collect ----
$elevated = Test-IsElevated
$programs = @(Get-InstalledPrograms | Sort-Object DisplayName -Unique)
$review = @($programs | Where-Object { -not $_.Publisher -or $_.Scope -eq 'User' })
$admins = @(Get-LocalAdmins)
$defender = Get-DefenderState
$bitlocker = Get-BitLockerState -Elevated $elevated
$reboot = Test-PendingReboot

$flags = New-Object System.Collections.Generic.List[string]
if ($defender.RealTimeProtection -eq $false) { $flags.Add('Defender real-time protection is off') }
if ($defender.SignatureAgeDays -gt 7) { $flags.Add("Defender signatures are $($defender.SignatureAgeDays) days old") }
if ($admins.Count -gt 2) { $flags.Add("$($admins.Count) members in local Administrators") }
if ($reboot) { $flags.Add('A reboot is pending') }
$osVol = @($bitlocker) | Where-Object { $_.PSObject.Properties['VolumeType'] -and "$($_.VolumeType)" -eq 'OperatingSystem' }
if ($osVol -and "$($osVol.ProtectionStatus)" -ne 'On') { $flags.Add('BitLocker is off on the OS drive') }

$summary = [ordered]@{
    GeneratedAt   = (Get-Date).ToString('s')
    Computer      = $env:COMPUTERNAME
    Elevated      = $elevated
    Os            = Get-OsInfo
    ProgramCount  = $programs.Count
    ReviewCount   = $review.Count
    Defender      = $defender
    BitLocker     = $bitlocker
    PendingReboot = $reboot
    Flags         = $flags
}

# ---- write ----
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
if ($Format -eq 'Csv') {
    $programs | Export-Csv -NoTypeInformation -Encoding UTF8 (Join-Path $OutDir 'programs.csv')
    $review | Export-Csv -NoTypeInformation -Encoding UTF8 (Join-Path $OutDir 'review-programs.csv')
    $admins | Export-Csv -NoTypeInformation -Encoding UTF8 (Join-Path $OutDir 'admins.csv')
} else {
    $programs | ConvertTo-Json -Depth 3 | Set-Content -Encoding UTF8 (Join-Path $OutDir 'programs.json')
    $review | ConvertTo-Json -Depth 3 | Set-Content -Encoding UTF8 (Join-Path $OutDir 'review-programs.json')
    $admins | ConvertTo-Json -Depth 3 | Set-Content -Encoding UTF8 (Join-Path $OutDir 'admins.json')
}
$summary | ConvertTo-Json -Depth 4 | Set-Content -Encoding UTF8 (Join-Path $OutDir 'summary.json')

Write-Host "Programs: $($programs.Count) (review: $($review.Count)); local admins: $($admins.Count)"
if ($flags.Count) { $flags | ForEach-Object { Write-Host "FLAG: $_" } } else { Write-Host 'No flags.' }
if (-not $elevated) { Write-Host 'Not elevated: BitLocker section skipped.' }
Write-Host "Report written to $OutDir"
