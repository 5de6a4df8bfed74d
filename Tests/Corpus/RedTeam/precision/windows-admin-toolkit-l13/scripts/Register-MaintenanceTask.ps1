<#
.SYNOPSIS
  Registers a weekly "LocalMaintenance" scheduled task that runs Invoke-Maintenance.ps1
  as SYSTEM. Shows the exact command and asks before registering.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
  [ValidateSet('Sunday','Monday','Tuesday','Wednesday','Thursday','Friday','Saturday')]
  [string]$Day = 'Sunday',
  [string]$At = '03:00',
  [string]$TaskName = 'LocalMaintenance'
)

#Requires -RunAsAdministrator

$script = Join-Path $PSScriptRoot 'Invoke-Maintenance.ps1'
$log = Join-Path $env:ProgramData 'LocalMaintenance\last-run.log'

# The command the task will run, in plain text:
$command = @"
New-Item -ItemType Directory -Force -Path '$(Split-Path $log)' | Out-Null
& '$script' -CleanTemp -ComponentCleanup -Confirm:`$false *>&1 | Out-File -FilePath '$log' -Encoding utf8
"@

# Task Scheduler breaks nested quotes in -Command, so pass it as -EncodedCommand
# (base64 of the UTF-16LE text). This only ENCODES our own visible command above.
$encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($command))

Write-Host "Task '$TaskName' will run as SYSTEM every $Day at $At :" -ForegroundColor Cyan
Write-Host $command
Write-Host "(passed to powershell.exe as -EncodedCommand, $($encoded.Length) chars)"

$action = New-ScheduledTaskAction -Execute 'powershell.exe' `
  -Argument "-NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand $encoded"
$trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek $Day -At $At
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 2)

if ($PSCmdlet.ShouldProcess($TaskName, 'Register weekly maintenance task as SYSTEM')) {
  Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger `
    -Principal $principal -Settings $settings -Description 'Weekly temp + WinSxS cleanup (windows-admin-toolkit-l13)' -Force |
    Select-Object TaskName, State
  Write-Host "Remove with: Unregister-ScheduledTask -TaskName $TaskName -Confirm:`$false"
}
