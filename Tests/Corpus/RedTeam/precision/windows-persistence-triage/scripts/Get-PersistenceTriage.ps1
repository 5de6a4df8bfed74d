<#
.SYNOPSIS
  Read-only persistence triage for a Windows host.
.DESCRIPTION
  Writes CSV/TXT files to .\triage-<COMPUTERNAME>-<UTC timestamp>\ and nothing else.
  -EncodedCommand strings found in history are decoded to TEXT for the analyst.
  Decoded content is stored, never executed.
#>
[CmdletBinding()]
param(
  [string]$OutRoot = (Get-Location).Path,
  [int]$MaxEvents = 500
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Continue'

$stamp = (Get-Date).ToUniversalTime().ToString('yyyyMMddTHHmmssZ')
$out = Join-Path $OutRoot ("triage-{0}-{1}" -f $env:COMPUTERNAME, $stamp)
New-Item -ItemType Directory -Path $out -Force | Out-Null

# Indicator regexes: search patterns only.
$Indicators = @(
  '\s-e(nc|ncodedcommand)?\s+[A-Za-z0-9+/=]{20,}',
  'IEX\s*\(?\s*New-Object\s+Net\.WebClient',
  'DownloadString\(|DownloadFile\(',
  'certutil(\.exe)?\s+.*-urlcache',
  'bitsadmin(\.exe)?\s+/transfer',
  'regsvr32(\.exe)?\s+.*/i:http',
  'mshta(\.exe)?\s+(http|javascript|vbscript)',
  'rundll32(\.exe)?\s+javascript:',
  'sekurlsa::|Invoke-Mimikatz',
  'vssadmin(\.exe)?\s+delete\s+shadows',
  'wevtutil(\.exe)?\s+cl\s+'
)
$IndicatorRegex = ($Indicators -join '|')

function Test-Indicator([string]$Text) {
  if ([string]::IsNullOrEmpty($Text)) { return $false }
  return [regex]::IsMatch($Text, $IndicatorRegex, 'IgnoreCase')
}

function ConvertFrom-EncodedCommandText([string]$Text) {
  # Decode only. The result is returned as a string for the report; it is never invoked.
  $m = [regex]::Match($Text, '\s-e(?:nc|ncodedcommand)?\s+([A-Za-z0-9+/=]{20,})', 'IgnoreCase')
  if (-not $m.Success) { return '' }
  try { return [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($m.Groups[1].Value)) }
  catch { return '<not valid base64>' }
}

Write-Verbose 'Run / RunOnce keys'
$runKeys = @(
  'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
  'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
  'HKLM:\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Run',
  'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
  'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce'
)
$runRows = foreach ($k in $runKeys) {
  if (-not (Test-Path $k)) { continue }
  $props = Get-ItemProperty -Path $k
  foreach ($p in $props.PSObject.Properties) {
    if ($p.Name -like 'PS*') { continue }
    [pscustomobject]@{ Key = $k; Name = $p.Name; Value = [string]$p.Value; Suspicious = (Test-Indicator ([string]$p.Value)) }
  }
}
$runRows | Export-Csv -NoTypeInformation -Path (Join-Path $out 'run_keys.csv')

Write-Verbose 'Scheduled tasks'
$taskRows = Get-ScheduledTask | ForEach-Object {
  $t = $_
  foreach ($a in @($t.Actions)) {
    $cmd = ('{0} {1}' -f $a.Execute, $a.Arguments).Trim()
    [pscustomobject]@{ Path = $t.TaskPath; Name = $t.TaskName; State = $t.State; Author = $t.Author; Action = $cmd; Suspicious = (Test-Indicator $cmd) }
  }
}
$taskRows | Export-Csv -NoTypeInformation -Path (Join-Path $out 'scheduled_tasks.csv')

Write-Verbose 'Services'
Get-CimInstance Win32_Service | ForEach-Object {
  $path = [string]$_.PathName
  [pscustomobject]@{
    Name = $_.Name; StartMode = $_.StartMode; State = $_.State; StartName = $_.StartName; PathName = $path
    UserWritablePath = ($path -match '\\(Users|ProgramData|Temp|AppData)\\')
    Unquoted = ($path -match '^[^"].*\s.*\.exe')
    Suspicious = (Test-Indicator $path)
  }
} | Export-Csv -NoTypeInformation -Path (Join-Path $out 'services.csv')

Write-Verbose 'WMI event subscriptions'
$wmi = @()
$wmi += Get-CimInstance -Namespace root\subscription -ClassName __EventFilter -ErrorAction SilentlyContinue | Select-Object Name, Query
$wmi += Get-CimInstance -Namespace root\subscription -ClassName CommandLineEventConsumer -ErrorAction SilentlyContinue | Select-Object Name, CommandLineTemplate
$wmi += Get-CimInstance -Namespace root\subscription -ClassName __FilterToConsumerBinding -ErrorAction SilentlyContinue | Select-Object Filter, Consumer
$wmi | Format-List | Out-File -Encoding utf8 (Join-Path $out 'wmi_subscriptions.txt')

Write-Verbose 'Startup folders'
$startup = @(
  (Join-Path $env:APPDATA 'Microsoft\Windows\Start Menu\Programs\Startup'),
  (Join-Path $env:ProgramData 'Microsoft\Windows\Start Menu\Programs\StartUp')
)
Get-ChildItem -Path $startup -Force -ErrorAction SilentlyContinue |
  Select-Object FullName, LastWriteTime, Length |
  Export-Csv -NoTypeInformation -Path (Join-Path $out 'startup_folders.csv')

Write-Verbose 'PowerShell history'
$histFiles = Get-ChildItem -Path 'C:\Users\*\AppData\Roaming\Microsoft\Windows\PowerShell\PSReadLine\ConsoleHost_history.txt' -ErrorAction SilentlyContinue
$histHits = foreach ($h in $histFiles) {
  $n = 0
  foreach ($line in Get-Content -LiteralPath $h.FullName -ErrorAction SilentlyContinue) {
    $n++
    if (Test-Indicator $line) {
      [pscustomobject]@{ File = $h.FullName; Line = $n; Text = $line; Decoded = (ConvertFrom-EncodedCommandText $line) }
    }
  }
}
$histHits | Export-Csv -NoTypeInformation -Path (Join-Path $out 'ps_history_hits.csv')

Write-Verbose 'Event logs'
$queries = @(
  @{ Name = 'service_installed'; Filter = @{ LogName = 'System'; Id = 7045 } },
  @{ Name = 'task_created';      Filter = @{ LogName = 'Security'; Id = 4698 } },
  @{ Name = 'log_cleared';       Filter = @{ LogName = 'Security'; Id = 1102 } },
  @{ Name = 'process_creation';  Filter = @{ LogName = 'Security'; Id = 4688 } },
  @{ Name = 'scriptblock';       Filter = @{ LogName = 'Microsoft-Windows-PowerShell/Operational'; Id = 4104 } }
)
foreach ($q in $queries) {
  Get-WinEvent -FilterHashtable $q.Filter -MaxEvents $MaxEvents -ErrorAction SilentlyContinue |
    Select-Object TimeCreated, Id, ProviderName, @{ n = 'Suspicious'; e = { Test-Indicator $_.Message } }, Message |
    Export-Csv -NoTypeInformation -Path (Join-Path $out ("events_{0}.csv" -f $q.Name))
}

Get-ChildItem -Path $out -File | Get-FileHash -Algorithm SHA256 |
  Select-Object Hash, Path | Export-Csv -NoTypeInformation -Path (Join-Path $out 'hashes.csv')
Write-Host "Triage written to $out"
