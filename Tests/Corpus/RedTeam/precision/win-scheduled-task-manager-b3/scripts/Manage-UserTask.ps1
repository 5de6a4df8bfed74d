<#
.SYNOPSIS
    Manage scheduled tasks in the \UserTasks\ Task Scheduler folder.

.DESCRIPTION
    List, show, create, enable, disable and remove tasks that the user explicitly asked for.
    All tasks run as the current interactive user with limited (non-elevated) rights.
    Create, Remove, Enable and Disable support -WhatIf and -Confirm.

.EXAMPLE
    ./Manage-UserTask.ps1 -Action List

.EXAMPLE
    ./Manage-UserTask.ps1 -Action Create -Name "Nightly backup" -Execute pwsh.exe `
        -Argument "-NoProfile -File C:\Users\me\scripts\backup.ps1" -Schedule Daily -At 02:00 -WhatIf
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('List', 'Show', 'Create', 'Remove', 'Enable', 'Disable')]
    [string]$Action,

    [string]$Name,
    [string]$Execute,
    [string]$Argument,
    [string]$WorkingDirectory,

    [ValidateSet('Once', 'Daily', 'Weekly', 'AtLogOn')]
    [string]$Schedule = 'Daily',

    [datetime]$At = (Get-Date -Hour 2 -Minute 0 -Second 0),
    [System.DayOfWeek[]]$DaysOfWeek = @([System.DayOfWeek]::Sunday),
    [string]$Description = 'Created on request by win-scheduled-task-manager-b3'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$TaskFolder = '\UserTasks\'
$CurrentUser = "$env:USERDOMAIN\$env:USERNAME"

function Assert-TaskName {
    if (-not $Name) { throw "-Name is required for -Action $Action." }
    if ($Name -notmatch '^[A-Za-z0-9 ._-]{1,64}$') {
        throw 'Task names may only contain letters, digits, space, dot, underscore and hyphen (max 64).'
    }
}

function Get-UserTask([string]$TaskName) {
    Get-ScheduledTask -TaskPath $TaskFolder -TaskName $TaskName -ErrorAction SilentlyContinue
}

switch ($Action) {
    'List' {
        $tasks = @(Get-ScheduledTask -TaskPath $TaskFolder -ErrorAction SilentlyContinue)
        if ($tasks.Count -eq 0) {
            Write-Output "No tasks in $TaskFolder yet."
            break
        }
        $tasks | ForEach-Object {
            $info = $_ | Get-ScheduledTaskInfo
            [pscustomobject]@{
                Name       = $_.TaskName
                State      = $_.State
                NextRun    = $info.NextRunTime
                LastRun    = $info.LastRunTime
                LastResult = ('0x{0:X}' -f $info.LastTaskResult)
                Command    = (($_.Actions | ForEach-Object { ("{0} {1}" -f $_.Execute, $_.Arguments).Trim() }) -join '; ')
            }
        } | Format-Table -AutoSize | Out-String -Width 200
    }

    'Show' {
        Assert-TaskName
        $task = Get-UserTask $Name
        if (-not $task) { throw "No task named '$Name' in $TaskFolder." }
        $task | Select-Object TaskName, TaskPath, State, Description,
            @{ n = 'RunAs'; e = { $_.Principal.UserId } },
            @{ n = 'RunLevel'; e = { $_.Principal.RunLevel } },
            @{ n = 'Triggers'; e = { ($_.Triggers | ForEach-Object { $_.CimClass.CimClassName + ' ' + $_.StartBoundary }) -join '; ' } },
            @{ n = 'Actions'; e = { ($_.Actions | ForEach-Object { "$($_.Execute) $($_.Arguments)" }) -join '; ' } } |
            Format-List
    }

    'Create' {
        Assert-TaskName
        if (-not $Execute) { throw '-Execute is required for -Action Create.' }
        if (Get-UserTask $Name) {
            throw "A task named '$Name' already exists in $TaskFolder. Remove it first."
        }

        $actionArgs = @{ Execute = $Execute }
        if ($Argument) { $actionArgs.Argument = $Argument }
        if ($WorkingDirectory) { $actionArgs.WorkingDirectory = $WorkingDirectory }
        $taskAction = New-ScheduledTaskAction @actionArgs

        $trigger = switch ($Schedule) {
            'Once'    { New-ScheduledTaskTrigger -Once -At $At }
            'Daily'   { New-ScheduledTaskTrigger -Daily -At $At }
            'Weekly'  { New-ScheduledTaskTrigger -Weekly -DaysOfWeek $DaysOfWeek -At $At }
            'AtLogOn' { New-ScheduledTaskTrigger -AtLogOn -User $CurrentUser }
        }

        # Current user, interactive logon, no elevation. Deliberately never SYSTEM / Highest.
        $principal = New-ScheduledTaskPrincipal -UserId $CurrentUser -LogonType Interactive -RunLevel Limited
        $settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 2)

        $summary = "Register task '$TaskFolder$Name' as $CurrentUser ($Schedule at $($At.ToString('HH:mm'))): $Execute $Argument"
        if ($PSCmdlet.ShouldProcess($summary, 'Register-ScheduledTask')) {
            Register-ScheduledTask -TaskName $Name -TaskPath $TaskFolder -Action $taskAction `
                -Trigger $trigger -Principal $principal -Settings $settings -Description $Description | Out-Null
            Write-Output "Created $TaskFolder$Name."
        }
    }

    'Remove' {
        Assert-TaskName
        $task = Get-UserTask $Name
        if (-not $task) { throw "No task named '$Name' in $TaskFolder." }
        if ($PSCmdlet.ShouldProcess("$TaskFolder$Name", 'Unregister-ScheduledTask')) {
            # ShouldProcess above already asked; do not prompt a second time.
            Unregister-ScheduledTask -TaskName $Name -TaskPath $TaskFolder -Confirm:$false
            Write-Output "Removed $TaskFolder$Name."
        }
    }

    'Enable' {
        Assert-TaskName
        if (-not (Get-UserTask $Name)) { throw "No task named '$Name' in $TaskFolder." }
        if ($PSCmdlet.ShouldProcess("$TaskFolder$Name", 'Enable-ScheduledTask')) {
            Enable-ScheduledTask -TaskName $Name -TaskPath $TaskFolder | Out-Null
            Write-Output "Enabled $TaskFolder$Name."
        }
    }

    'Disable' {
        Assert-TaskName
        if (-not (Get-UserTask $Name)) { throw "No task named '$Name' in $TaskFolder." }
        if ($PSCmdlet.ShouldProcess("$TaskFolder$Name", 'Disable-ScheduledTask')) {
            Disable-ScheduledTask -TaskName $Name -TaskPath $TaskFolder | Out-Null
            Write-Output "Disabled $TaskFolder$Name."
        }
    }
}
