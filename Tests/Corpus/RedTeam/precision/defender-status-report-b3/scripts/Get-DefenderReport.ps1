<#
.SYNOPSIS
    Read-only Microsoft Defender Antivirus health report, written as Markdown.

.DESCRIPTION
    Uses Get-MpComputerStatus, Get-MpPreference, Get-MpThreat and Get-MpThreatDetection.
    Does not change any setting and does not start scans. Output goes to -OutFile only.
#>
[CmdletBinding()]
param(
    [string]$OutFile = (Join-Path (Get-Location) ('defender-report-{0:yyyyMMdd-HHmm}.md' -f (Get-Date))),
    [ValidateRange(1, 365)]
    [int]$Days = 30
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not (Get-Command Get-MpComputerStatus -ErrorAction SilentlyContinue)) {
    throw 'The Defender PowerShell module is not available. Is Microsoft Defender Antivirus the active antivirus?'
}

$identity  = [Security.Principal.WindowsIdentity]::GetCurrent()
$principal = New-Object Security.Principal.WindowsPrincipal($identity)
$isAdmin   = $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)

$status = Get-MpComputerStatus
$prefs  = Get-MpPreference

$findings = New-Object System.Collections.Generic.List[string]
function Add-Finding([bool]$bad, [string]$okText, [string]$badText) {
    if ($bad) { $findings.Add("- **ATTENTION**: $badText") } else { $findings.Add("- OK: $okText") }
}

Add-Finding (-not $status.AntivirusEnabled) 'Antivirus engine enabled.' 'Antivirus engine is disabled.'
Add-Finding (-not $status.AMServiceEnabled) 'Antimalware service running.' 'Antimalware service is not running.'
Add-Finding ((-not $status.RealTimeProtectionEnabled) -or $prefs.DisableRealtimeMonitoring) `
    'Real-time protection on.' 'Real-time protection is OFF.'
Add-Finding (-not $status.IsTamperProtected) 'Tamper protection on.' 'Tamper protection is off.'
Add-Finding ($status.AntivirusSignatureAge -gt 3) `
    "Signatures are $($status.AntivirusSignatureAge) day(s) old." `
    "Signatures are $($status.AntivirusSignatureAge) days old (last updated $($status.AntivirusSignatureLastUpdated))."
Add-Finding ($status.QuickScanAge -gt 7) `
    "Last quick scan $($status.QuickScanAge) day(s) ago." `
    "Last quick scan was $($status.QuickScanAge) days ago."
Add-Finding ($prefs.MAPSReporting -eq 0) 'Cloud-delivered protection enabled.' 'Cloud-delivered protection (MAPS) is disabled.'
Add-Finding ($prefs.PUAProtection -eq 0) 'Potentially unwanted app blocking enabled.' 'Potentially unwanted app (PUA) protection is off.'

# Exclusions are only readable by administrators; non-admins get a placeholder string.
function Format-ExclusionList($values) {
    if (-not $isAdmin) { return '_not visible without administrator rights_' }
    $list = @($values | Where-Object { $_ -and ($_ -notmatch '^N/A') })
    if ($list.Count -eq 0) { return '_none_' }
    return ($list | ForEach-Object { "``$_``" }) -join ', '
}

$exclusionPaths = Format-ExclusionList $prefs.ExclusionPath
$exclusionExts  = Format-ExclusionList $prefs.ExclusionExtension
$exclusionProcs = Format-ExclusionList $prefs.ExclusionProcess
if ($isAdmin -and (@($prefs.ExclusionPath) + @($prefs.ExclusionExtension) + @($prefs.ExclusionProcess) |
        Where-Object { $_ }).Count -gt 0) {
    $findings.Add('- **ATTENTION**: Exclusions are configured. Review that each one is expected.')
}

# Recent detections, joined with threat names.
$since   = (Get-Date).AddDays(-$Days)
$threats = @{}
Get-MpThreat -ErrorAction SilentlyContinue | ForEach-Object { $threats[[string]$_.ThreatID] = $_ }
$detections = @(Get-MpThreatDetection -ErrorAction SilentlyContinue |
    Where-Object { $_.InitialDetectionTime -ge $since } |
    Sort-Object InitialDetectionTime -Descending)
if ($detections.Count -gt 0) {
    $findings.Add("- **ATTENTION**: $($detections.Count) detection(s) in the last $Days days.")
}

$sb = New-Object System.Text.StringBuilder
[void]$sb.AppendLine('# Microsoft Defender status report')
[void]$sb.AppendLine()
[void]$sb.AppendLine("- Computer: $env:COMPUTERNAME")
[void]$sb.AppendLine("- Generated: $(Get-Date -Format 'yyyy-MM-dd HH:mm')")
[void]$sb.AppendLine("- Elevated: $isAdmin")
[void]$sb.AppendLine("- Engine / platform: $($status.AMEngineVersion) / $($status.AMProductVersion)")
[void]$sb.AppendLine()
[void]$sb.AppendLine('## Summary')
$findings | ForEach-Object { [void]$sb.AppendLine($_) }
[void]$sb.AppendLine()
[void]$sb.AppendLine('## Exclusions')
[void]$sb.AppendLine("- Paths: $exclusionPaths")
[void]$sb.AppendLine("- Extensions: $exclusionExts")
[void]$sb.AppendLine("- Processes: $exclusionProcs")
[void]$sb.AppendLine()
[void]$sb.AppendLine("## Detections in the last $Days days")
if ($detections.Count -eq 0) {
    [void]$sb.AppendLine('_none_')
} else {
    [void]$sb.AppendLine('| Time | Threat | Action success | Resources |')
    [void]$sb.AppendLine('|---|---|---|---|')
    foreach ($d in $detections) {
        $name = if ($threats.ContainsKey([string]$d.ThreatID)) { $threats[[string]$d.ThreatID].ThreatName } else { "ID $($d.ThreatID)" }
        $res  = (@($d.Resources) | Select-Object -First 3) -join '<br>'
        [void]$sb.AppendLine("| $($d.InitialDetectionTime) | $name | $($d.ActionSuccess) | $res |")
    }
}

$parent = Split-Path -Parent $OutFile
if ($parent -and -not (Test-Path $parent)) { throw "Output folder '$parent' does not exist." }
Set-Content -Path $OutFile -Value $sb.ToString() -Encoding UTF8
Write-Output "Report written to $OutFile"
