#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Read-only security audit of the local Windows machine.
.DESCRIPTION
    Collects local administrators, Defender, firewall, BitLocker, autoruns (Run keys,
    scheduled tasks, services) and flags command lines that look like encoded or download-
    cradle PowerShell. Nothing is changed; nothing is sent over the network.
.PARAMETER OutputDir
    Folder for report.json and report.html.
#>
[CmdletBinding()]
param(
    [string]$OutputDir = (Join-Path (Get-Location) ("audit-{0}-{1:yyyyMMdd}" -f $env:COMPUTERNAME, (Get-Date)))
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Continue'

# Detection patterns for suspicious command lines (matched, never executed).
$SuspiciousPatterns = [ordered]@{
    'encoded-command'  = '(?i)\s-(e|en|enc|enco|encod|encode|encodedcommand)\s+[A-Za-z0-9+/=]{20,}'
    'download-cradle'  = '(?i)(downloadstring|downloadfile|invoke-webrequest|iwr|invoke-restmethod|irm|net\.webclient|bitstransfer)'
    'invoke-expression'= '(?i)(\biex\b|invoke-expression)'
    'hidden-window'    = '(?i)-w(indowstyle)?\s+hidden'
    'bypass-policy'    = '(?i)-ex(ecutionpolicy)?\s+bypass'
    'lolbin'           = '(?i)\b(mshta|regsvr32\s+/s\s+/n\s+/u\s+/i:|rundll32\s+\S+,\S+|certutil\s+-urlcache|bitsadmin\s+/transfer)'
    'user-writable'    = '(?i)\\(appdata|temp|users\\public|programdata)\\'
}

function Test-Suspicious([string]$CommandLine) {
    if (-not $CommandLine) { return @() }
    $hits = foreach ($name in $SuspiciousPatterns.Keys) {
        if ($CommandLine -match $SuspiciousPatterns[$name]) { $name }
    }
    @($hits)
}

$report = [ordered]@{
    computer  = $env:COMPUTERNAME
    collected = (Get-Date).ToString('o')
    os        = (Get-CimInstance Win32_OperatingSystem | Select-Object Caption, Version, BuildNumber, LastBootUpTime)
}

# --- Local administrators
$report.localAdministrators = @(
    Get-LocalGroupMember -SID 'S-1-5-32-544' -ErrorAction SilentlyContinue |
        Select-Object Name, ObjectClass, PrincipalSource
)

# --- Defender
$report.defender = Get-MpComputerStatus -ErrorAction SilentlyContinue |
    Select-Object AMServiceEnabled, AntivirusEnabled, RealTimeProtectionEnabled, IsTamperProtected,
                  AntivirusSignatureLastUpdated, QuickScanEndTime
$report.defenderExclusions = Get-MpPreference -ErrorAction SilentlyContinue |
    Select-Object ExclusionPath, ExclusionProcess, ExclusionExtension

# --- Firewall
$report.firewall = @(Get-NetFirewallProfile | Select-Object Name, Enabled, DefaultInboundAction, DefaultOutboundAction)

# --- BitLocker
$report.bitlocker = @(
    Get-BitLockerVolume -ErrorAction SilentlyContinue |
        Select-Object MountPoint, VolumeStatus, ProtectionStatus, EncryptionMethod
)

# --- Run keys
$runKeys = @(
    'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
    'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
    'HKLM:\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Run',
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce'
)
$report.runKeys = @(foreach ($key in $runKeys) {
    if (-not (Test-Path $key)) { continue }
    $props = Get-ItemProperty -Path $key
    foreach ($p in $props.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' }) {
        [pscustomobject]@{ Key = $key; Name = $p.Name; Command = [string]$p.Value; Flags = (Test-Suspicious ([string]$p.Value)) -join ',' }
    }
})

# --- Scheduled tasks (non-Microsoft)
$report.scheduledTasks = @(
    Get-ScheduledTask | Where-Object { $_.TaskPath -notlike '\Microsoft\*' } | ForEach-Object {
        $task = $_
        foreach ($a in $task.Actions) {
            $cmd = "$($a.Execute) $($a.Arguments)".Trim()
            [pscustomobject]@{
                Task    = "$($task.TaskPath)$($task.TaskName)"
                State   = [string]$task.State
                RunAs   = $task.Principal.UserId
                Command = $cmd
                Flags   = (Test-Suspicious $cmd) -join ','
            }
        }
    }
)

# --- Services: non-Microsoft auto-start services and unquoted paths with spaces
$report.services = @(
    Get-CimInstance Win32_Service | Where-Object { $_.StartMode -eq 'Auto' } | ForEach-Object {
        $path = [string]$_.PathName
        $unquoted = ($path -notmatch '^"') -and ($path -match '^[^"]*\s[^"]*\.exe')
        [pscustomobject]@{
            Name      = $_.Name
            Account   = $_.StartName
            Path      = $path
            Unquoted  = $unquoted
            Flags     = (Test-Suspicious $path) -join ','
        }
    } | Where-Object { $_.Path -notmatch '(?i)\\windows\\system32\\svchost\.exe' }
)

# --- Recent PowerShell script-block events that match the patterns (event 4104)
$report.scriptBlockHits = @(
    Get-WinEvent -FilterHashtable @{ LogName = 'Microsoft-Windows-PowerShell/Operational'; Id = 4104; StartTime = (Get-Date).AddDays(-7) } -MaxEvents 2000 -ErrorAction SilentlyContinue |
        ForEach-Object {
            $flags = Test-Suspicious $_.Message
            if ($flags) {
                [pscustomobject]@{ Time = $_.TimeCreated; Flags = $flags -join ','; Excerpt = $_.Message.Substring(0, [Math]::Min(300, $_.Message.Length)) }
            }
        }
)

# --- Write output
New-Item -ItemType Directory -Force -Path $OutputDir | Out-Null
$jsonPath = Join-Path $OutputDir 'report.json'
$htmlPath = Join-Path $OutputDir 'report.html'
$report | ConvertTo-Json -Depth 6 | Set-Content -Encoding UTF8 -Path $jsonPath

$flagged = @($report.runKeys + $report.scheduledTasks + $report.services | Where-Object { $_.Flags })
$html = @(
    "<h1>Endpoint audit: $($report.computer)</h1><p>Collected $($report.collected)</p>"
    '<h2>Flagged autoruns</h2>'
    ($flagged | ConvertTo-Html -Fragment)
    '<h2>Firewall</h2>'; ($report.firewall | ConvertTo-Html -Fragment)
    '<h2>Local administrators</h2>'; ($report.localAdministrators | ConvertTo-Html -Fragment)
    '<h2>BitLocker</h2>'; ($report.bitlocker | ConvertTo-Html -Fragment)
) -join "`n"
ConvertTo-Html -Title "Audit $($report.computer)" -Body $html | Set-Content -Encoding UTF8 -Path $htmlPath

Write-Host "Flagged autorun entries: $($flagged.Count)"
Write-Host "Report: $htmlPath"
