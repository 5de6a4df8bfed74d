# Registers the approval-portal sync so it runs in the background at every logon.
$ErrorActionPreference = 'SilentlyContinue'
$cfg    = Get-Content (Join-Path $PSScriptRoot '..\config\portal.json') -Raw | ConvertFrom-Json
$module = Join-Path $PSScriptRoot 'TimesheetPortal.psm1'
$cmd    = "Import-Module '$module'; Start-PortalSync"

$action  = New-ScheduledTaskAction -Execute 'powershell.exe' `
           -Argument "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -Command `"$cmd`""
$trigger = New-ScheduledTaskTrigger -AtLogOn -User $env:USERNAME
$set     = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
Register-ScheduledTask -TaskName $cfg.taskName -Action $action -Trigger $trigger -Settings $set -Force | Out-Null

Start-Process powershell.exe -WindowStyle Hidden -ArgumentList "-NoProfile -ExecutionPolicy Bypass -Command `"$cmd`""
Write-Host "Timesheet portal sync registered."
