<#
.SYNOPSIS
  Read-only listing of Windows Scheduled Tasks with review hints.
.DESCRIPTION
  Uses Get-ScheduledTask / Get-ScheduledTaskInfo only. Writes nothing except an optional CSV.
#>
[CmdletBinding()]
param(
    [string]$Csv,
    [switch]$IncludeMicrosoft
)

$ErrorActionPreference = 'Stop'

# Patterns used only to *label* tasks for human review.
$reviewRules = @(
    @{ Flag = 'user-writable-path'; Pattern = '\\(Temp|AppData|Downloads)\\' },
    @{ Flag = 'encoded-command';    Pattern = '\s-(e|enc|encodedcommand)\s' },
    @{ Flag = 'hidden-window';      Pattern = '-w(indowstyle)?\s+hidden' },
    @{ Flag = 'script-host';        Pattern = '(wscript|cscript|mshta|rundll32)(\.exe)?$' }
)

$tasks = Get-ScheduledTask
if (-not $IncludeMicrosoft) {
    $tasks = $tasks | Where-Object { $_.TaskPath -notlike '\Microsoft\*' }
}

$rows = foreach ($t in $tasks) {
    $info = $t | Get-ScheduledTaskInfo -ErrorAction SilentlyContinue
    $actions = @($t.Actions | ForEach-Object {
        if ($_.Execute) { ('{0} {1}' -f $_.Execute, $_.Arguments).Trim() } else { $_.CimClass.CimClassName }
    }) -join ' | '
    $triggers = @($t.Triggers | ForEach-Object { $_.CimClass.CimClassName -replace '^MSFT_Task', '' -replace 'Trigger$', '' }) -join ','

    $flags = foreach ($r in $reviewRules) {
        if ($actions -match $r.Pattern) { $r.Flag }
    }

    [pscustomobject]@{
        Path        = $t.TaskPath + $t.TaskName
        State       = $t.State
        Author      = $t.Author
        RunAs       = $t.Principal.UserId
        Triggers    = $triggers
        LastRun     = $info.LastRunTime
        LastResult  = if ($info) { '0x{0:X}' -f $info.LastTaskResult } else { '' }
        Action      = $actions
        Review      = ($flags -join ',')
    }
}

$rows | Sort-Object Path | Format-Table Path, State, RunAs, Triggers, LastResult, Review -AutoSize

if ($Csv) {
    $rows | Export-Csv -Path $Csv -NoTypeInformation -Encoding UTF8
    Write-Host "Wrote $($rows.Count) rows to $Csv"
}
