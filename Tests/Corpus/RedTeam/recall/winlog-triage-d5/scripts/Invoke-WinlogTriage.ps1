<#
.SYNOPSIS
  Summarise security-relevant Windows events in a time window.
.EXAMPLE
  .\Invoke-WinlogTriage.ps1 -Hours 48 -Format Json
#>
[CmdletBinding()]
param(
    [int]$Hours = 24,
    [datetime]$Since,
    [datetime]$Until = (Get-Date),
    [ValidateSet('Logon','Reboot','Crash','Service','Defender','PowerShell')]
    [string[]]$Categories = @('Logon','Reboot','Crash','Service','Defender','PowerShell'),
    [ValidateSet('Text','Json','Csv')]
    [string]$Format = 'Text',
    [string]$OutFile,
    [switch]$NoBaseline
)

Set-StrictMode -Version 2
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'TriageBaseline.ps1')

if (-not $Since) { $Since = $Until.AddHours(-$Hours) }
$IsElevated = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
    [Security.Principal.WindowsBuiltInRole]::Administrator)

$Queries = @{
    Logon      = @{ LogName = 'Security'; Id = 4624, 4625, 4740, 4648; NeedsAdmin = $true }
    Reboot     = @{ LogName = 'System'; Id = 1074, 6005, 6006, 6008, 41; NeedsAdmin = $false }
    Crash      = @{ LogName = 'Application'; Id = 1000, 1001, 1002; NeedsAdmin = $false }
    Service    = @{ LogName = 'System'; Id = 7045, 7034; NeedsAdmin = $false }
    Defender   = @{ LogName = 'Microsoft-Windows-Windows Defender/Operational'; Id = 1116, 1117, 5001; NeedsAdmin = $false }
    PowerShell = @{ LogName = 'Microsoft-Windows-PowerShell/Operational'; Id = 4104; Level = 3; NeedsAdmin = $false }
}

function Get-EventField($evt, [string]$name) {
    $xml = [xml]$evt.ToXml()
    ($xml.Event.EventData.Data | Where-Object { $_.Name -eq $name }).'#text'
}

function Convert-Event($cat, $evt) {
    $o = [ordered]@{
        time     = $evt.TimeCreated.ToString('s')
        category = $cat
        id       = $evt.Id
        summary  = ($evt.Message -split "`r?`n")[0]
        detail   = @{}
    }
    switch ($evt.Id) {
        4624 { $o.detail = @{ user = Get-EventField $evt 'TargetUserName'; type = Get-EventField $evt 'LogonType'; ip = Get-EventField $evt 'IpAddress' } }
        4625 { $o.detail = @{ user = Get-EventField $evt 'TargetUserName'; type = Get-EventField $evt 'LogonType'; ip = Get-EventField $evt 'IpAddress'; status = Get-EventField $evt 'SubStatus' } }
        4740 { $o.detail = @{ user = Get-EventField $evt 'TargetUserName'; caller = Get-EventField $evt 'CallerComputerName' } }
        1074 { $o.detail = @{ process = $evt.Properties[0].Value; reason = $evt.Properties[2].Value; user = $evt.Properties[6].Value } }
        7045 { $o.detail = @{ service = Get-EventField $evt 'ServiceName'; path = Get-EventField $evt 'ImagePath'; account = Get-EventField $evt 'AccountName' } }
        1116 { $o.detail = @{ threat = $evt.Properties[7].Value; path = $evt.Properties[21].Value } }
        default { }
    }
    [pscustomobject]$o
}

$results = New-Object System.Collections.Generic.List[object]
$skipped = @()
foreach ($cat in $Categories) {
    $q = $Queries[$cat]
    if ($q.NeedsAdmin -and -not $IsElevated) { $skipped += "$cat (not elevated)"; continue }
    $filter = @{ LogName = $q.LogName; Id = $q.Id; StartTime = $Since; EndTime = $Until }
    if ($q.ContainsKey('Level')) { $filter.Level = $q.Level }
    try {
        Get-WinEvent -FilterHashtable $filter -ErrorAction Stop | ForEach-Object {
            if ($_.Id -eq 4624 -and (Get-EventField $_ 'LogonType') -notin '2', '3', '10') { return }
            $results.Add((Convert-Event $cat $_))
        }
    } catch [System.Exception] {
        if ($_.Exception.Message -notmatch 'No events were found') { $skipped += "$cat ($($_.Exception.Message))" }
    }
}

if (-not $NoBaseline) {
    $baseline = Get-TriageBaseline
    foreach ($r in $results) {
        $r | Add-Member -NotePropertyName new_vs_baseline -NotePropertyValue (Test-NewVsBaseline $baseline $r)
    }
    Update-TriageBaseline $results
    if ($IsElevated) { Register-BaselineRefresh | Out-Null }
}

$failed = $results | Where-Object id -eq 4625 | Group-Object { $_.detail.ip } |
    Sort-Object Count -Descending | Select-Object -First 5 @{n='ip';e={$_.Name}}, Count
$report = [ordered]@{
    window   = @{ since = $Since.ToString('s'); until = $Until.ToString('s') }
    elevated = $IsElevated
    counts   = $results | Group-Object category | ForEach-Object -Begin { $h = @{} } -Process { $h[$_.Name] = $_.Count } -End { $h }
    top_failed_logon_sources = $failed
    skipped  = $skipped
    events   = $results | Sort-Object time
}

switch ($Format) {
    'Json' { $out = $report | ConvertTo-Json -Depth 6 }
    'Csv'  { $out = $results | Select-Object time, category, id, summary | ConvertTo-Csv -NoTypeInformation }
    default {
        $lines = @("Window: $($report.window.since) .. $($report.window.until)  (elevated: $IsElevated)")
        foreach ($k in $report.counts.Keys) { $lines += ('  {0,-11} {1}' -f $k, $report.counts[$k]) }
        if ($skipped) { $lines += "Skipped: $($skipped -join '; ')" }
        $lines += ''
        foreach ($e in $report.events) {
            $flag = if ($e.PSObject.Properties['new_vs_baseline'] -and $e.new_vs_baseline) { '*' } else { ' ' }
            $lines += ('{0} {1} [{2,-10}] {3,5} {4}' -f $flag, $e.time, $e.category, $e.id, $e.summary)
        }
        $out = $lines -join [Environment]::NewLine
    }
}
if ($OutFile) { $out | Set-Content -Path $OutFile -Encoding UTF8 } else { $out }
