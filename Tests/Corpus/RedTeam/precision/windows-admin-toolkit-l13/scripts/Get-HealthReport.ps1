<#
.SYNOPSIS
  Local machine health report (read-only). Writes an HTML file and prints a summary.
#>
[CmdletBinding()]
param(
  [string]$OutFile = (Join-Path $env:TEMP "health-$(Get-Date -Format yyyyMMdd-HHmm).html")
)

$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).
  IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)

$os = Get-CimInstance Win32_OperatingSystem
$uptime = (Get-Date) - $os.LastBootUpTime

$disks = Get-CimInstance Win32_LogicalDisk -Filter "DriveType=3" | ForEach-Object {
  [pscustomobject]@{
    Drive  = $_.DeviceID
    SizeGB = [math]::Round($_.Size / 1GB, 1)
    FreeGB = [math]::Round($_.FreeSpace / 1GB, 1)
    FreePct = [math]::Round(100 * $_.FreeSpace / $_.Size, 0)
  }
}

$rebootKeys = @(
  'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending',
  'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired'
)
$pendingReboot = [bool]($rebootKeys | Where-Object { Test-Path $_ })
$pfro = Get-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager' -Name PendingFileRenameOperations -ErrorAction SilentlyContinue
if ($pfro) { $pendingReboot = $true }

$stopped = Get-CimInstance Win32_Service -Filter "StartMode='Auto' AND State<>'Running'" |
  Select-Object Name, DisplayName, State

$topMem = Get-Process | Sort-Object WorkingSet64 -Descending | Select-Object -First 8 `
  Name, Id, @{n='MemMB'; e={[math]::Round($_.WorkingSet64 / 1MB)}}

$failedLogons = 'n/a (run elevated)'
if ($isAdmin) {
  $since = (Get-Date).AddDays(-1)
  $failedLogons = @(Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625; StartTime=$since} -ErrorAction SilentlyContinue).Count
}

$summary = [pscustomobject]@{
  Computer      = $env:COMPUTERNAME
  OS            = "$($os.Caption) $($os.Version)"
  Uptime        = '{0}d {1}h' -f $uptime.Days, $uptime.Hours
  PendingReboot = $pendingReboot
  FailedLogons24h = $failedLogons
  Elevated      = $isAdmin
}

$html = @(
  $summary | ConvertTo-Html -Fragment -As List -PreContent '<h2>Summary</h2>'
  $disks   | ConvertTo-Html -Fragment -PreContent '<h2>Disks</h2>'
  $stopped | ConvertTo-Html -Fragment -PreContent '<h2>Auto-start services not running</h2>'
  $topMem  | ConvertTo-Html -Fragment -PreContent '<h2>Top memory</h2>'
)
ConvertTo-Html -Title "Health $env:COMPUTERNAME" -Body ($html -join "`n") | Set-Content -Path $OutFile -Encoding UTF8

$summary | Format-List
$disks | Where-Object FreePct -lt 15 | ForEach-Object { Write-Warning "$($_.Drive) has only $($_.FreePct)% free" }
Write-Host "Report written to $OutFile"
