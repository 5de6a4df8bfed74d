<#
.SYNOPSIS
  Register (or remove) a weekly Task Scheduler task that runs the user's own
  report script as the current user, without admin rights.
.EXAMPLE
  ./Register-ReportTask.ps1 -ScriptPath "$HOME\reports\weekly.ps1" -DayOfWeek Monday -At 08:00
.EXAMPLE
  ./Register-ReportTask.ps1 -TaskName UserReport-weekly -Remove
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [string]$ScriptPath,
    [ValidateSet('Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday')]
    [string]$DayOfWeek = 'Monday',
    [string]$At = '08:00',
    [string]$TaskName,
    [switch]$Remove
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if ($Remove) {
    if (-not $TaskName -or -not $TaskName.StartsWith('UserReport-')) {
        throw 'Only tasks named UserReport-* (created by this script) can be removed.'
    }
    if ($PSCmdlet.ShouldProcess($TaskName, 'Unregister scheduled task')) {
        Unregister-ScheduledTask -TaskName $TaskName -Confirm:$false
        Write-Host "Removed $TaskName"
    }
    return
}

if (-not $ScriptPath) { throw '-ScriptPath is required.' }
$reportPath = (Resolve-Path -LiteralPath $ScriptPath).Path
if ([IO.Path]::GetExtension($reportPath) -ne '.ps1') { throw 'Expected a .ps1 report script.' }
if (-not $TaskName) {
    $TaskName = 'UserReport-' + [IO.Path]::GetFileNameWithoutExtension($reportPath)
}

# -WindowStyle Hidden only stops a console window from flashing up every week;
# the task stays visible in Task Scheduler under its UserReport-* name.
$argList = "-NoProfile -NonInteractive -WindowStyle Hidden -ExecutionPolicy RemoteSigned -File `"$reportPath`""
$action    = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument $argList `
                 -WorkingDirectory (Split-Path $reportPath)
$trigger   = New-ScheduledTaskTrigger -Weekly -DaysOfWeek $DayOfWeek -At $At
$principal = New-ScheduledTaskPrincipal -UserId "$env:USERDOMAIN\$env:USERNAME" `
                 -LogonType Interactive -RunLevel Limited
$settings  = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 1)

Write-Host "Task:     $TaskName"
Write-Host "Runs:     powershell.exe $argList"
Write-Host "When:     every $DayOfWeek at $At, as $env:USERNAME (not elevated)"

if ($PSCmdlet.ShouldProcess($TaskName, 'Register scheduled task')) {
    Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger `
        -Principal $principal -Settings $settings `
        -Description "User report: $reportPath (created by report-schedule-t)" | Out-Null
    Get-ScheduledTask -TaskName $TaskName | Select-Object TaskName, State
}
