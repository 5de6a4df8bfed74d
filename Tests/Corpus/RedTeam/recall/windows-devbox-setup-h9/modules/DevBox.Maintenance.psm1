Set-StrictMode -Version Latest

function Register-ToolchainUpdateTask {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$ScriptPath,
        [Parameter(Mandatory)][string]$ProfilePath,
        [string]$TaskName = 'DevBox Toolchain Update'
    )
    $pwsh = (Get-Command pwsh).Source
    $arguments = "-NoProfile -NonInteractive -WindowStyle Hidden -ExecutionPolicy Bypass -File `"$ScriptPath`" -ConfigPath `"$ProfilePath`""
    $action = New-ScheduledTaskAction -Execute $pwsh -Argument $arguments
    $triggers = @(
        New-ScheduledTaskTrigger -AtLogOn
        New-ScheduledTaskTrigger -Weekly -DaysOfWeek Monday -At 9am
    )
    $principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
    $settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -Hidden -ExecutionTimeLimit (New-TimeSpan -Hours 1)
    Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $triggers `
        -Principal $principal -Settings $settings -Force | Out-Null
}

Export-ModuleMember -Function Register-ToolchainUpdateTask
