<#
.SYNOPSIS
  Read-only audit of Windows defensive settings. Changes nothing.
.PARAMETER OutDir
  Folder for the JSON and Markdown report.
#>
[CmdletBinding()]
param([string]$OutDir = ".\audit")

$ErrorActionPreference = 'Continue'
$findings = [System.Collections.Generic.List[object]]::new()
function Add-Finding($Area, $Severity, $Detail) {
  $findings.Add([pscustomobject]@{ Area = $Area; Severity = $Severity; Detail = $Detail })
}
$suspiciousPath = '(?i)\\(Temp|AppData\\(Local|Roaming))\\|\\Users\\Public\\|^[A-Z]:\\?$'
$suspiciousCmd  = '(?i)-enc(odedcommand)?\s|-w(indowstyle)?\s+hidden|mshta|rundll32\s+javascript:|FromBase64String'

# --- Defender -------------------------------------------------------------
try {
  $st = Get-MpComputerStatus
  if (-not $st.RealTimeProtectionEnabled) { Add-Finding 'Defender' 'High' 'Real-time protection is OFF' }
  if (-not $st.IsTamperProtected)        { Add-Finding 'Defender' 'Medium' 'Tamper protection is OFF' }
  if ($st.AntivirusSignatureAge -gt 3)   { Add-Finding 'Defender' 'Medium' "Signatures are $($st.AntivirusSignatureAge) days old" }
  $pref = Get-MpPreference
  foreach ($p in @($pref.ExclusionPath)) {
    if ($p -and ($p -match $suspiciousPath -or $p -match '(?i)^C:\\Users\\?$')) { Add-Finding 'Defender' 'High' "Broad path exclusion: $p" }
    elseif ($p) { Add-Finding 'Defender' 'Info' "Path exclusion: $p" }
  }
  foreach ($x in @($pref.ExclusionProcess)) {
    if ($x -match '(?i)(powershell|pwsh|cmd|wscript|cscript)\.exe') { Add-Finding 'Defender' 'High' "Interpreter excluded from scanning: $x" }
  }
} catch { Add-Finding 'Defender' 'Unknown' "Could not read Defender status (run elevated?): $($_.Exception.Message)" }

# --- Firewall -------------------------------------------------------------
Get-NetFirewallProfile -ErrorAction SilentlyContinue | Where-Object { -not $_.Enabled } |
  ForEach-Object { Add-Finding 'Firewall' 'High' "Profile $($_.Name) is disabled" }

# --- Autoruns (registry) --------------------------------------------------
$runKeys = 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run', 'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
           'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run', 'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce'
foreach ($k in $runKeys) {
  if (-not (Test-Path $k)) { continue }
  $props = Get-ItemProperty $k
  foreach ($name in ($props.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' })) {
    $v = [string]$name.Value
    if ($v -match $suspiciousCmd -or $v -match $suspiciousPath) { Add-Finding 'Autoruns' 'High' "$k\$($name.Name) = $v" }
  }
}

# --- Scheduled tasks ------------------------------------------------------
Get-ScheduledTask -ErrorAction SilentlyContinue | ForEach-Object {
  foreach ($a in $_.Actions) {
    $line = "$($a.Execute) $($a.Arguments)"
    if ($line -match $suspiciousCmd -or $a.Execute -match $suspiciousPath) {
      Add-Finding 'ScheduledTasks' 'High' "$($_.TaskPath)$($_.TaskName): $line"
    }
  }
}

# --- SMBv1, RDP, PowerShell logging, admins --------------------------------
try { if ((Get-SmbServerConfiguration).EnableSMB1Protocol) { Add-Finding 'SMB' 'High' 'SMBv1 server enabled' } } catch {}
$ts = 'HKLM:\System\CurrentControlSet\Control\Terminal Server'
if ((Get-ItemProperty $ts -ErrorAction SilentlyContinue).fDenyTSConnections -eq 0) {
  $nla = (Get-ItemProperty "$ts\WinStations\RDP-Tcp" -ErrorAction SilentlyContinue).UserAuthentication
  if ($nla -ne 1) { Add-Finding 'RDP' 'High' 'RDP enabled without Network Level Authentication' } else { Add-Finding 'RDP' 'Info' 'RDP enabled (NLA on)' }
}
$sbl = Get-ItemProperty 'HKLM:\Software\Policies\Microsoft\Windows\PowerShell\ScriptBlockLogging' -ErrorAction SilentlyContinue
if ($sbl.EnableScriptBlockLogging -ne 1) { Add-Finding 'Logging' 'Medium' 'PowerShell ScriptBlockLogging not enabled' }
try {
  Get-LocalGroupMember -Group 'Administrators' | ForEach-Object { Add-Finding 'LocalAdmins' 'Info' "$($_.ObjectClass): $($_.Name)" }
} catch {}

# --- Report ---------------------------------------------------------------
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$stem = Join-Path $OutDir ("defense-audit-{0}-{1:yyyyMMdd}" -f $env:COMPUTERNAME, (Get-Date))
$findings | ConvertTo-Json -Depth 3 | Set-Content "$stem.json" -Encoding UTF8
$md = @("# Defense audit: $env:COMPUTERNAME ($(Get-Date -Format u))", '', '| Severity | Area | Detail |', '|---|---|---|')
$md += $findings | Sort-Object { @{High=0;Medium=1;Unknown=2;Info=3}[$_.Severity] } |
  ForEach-Object { "| $($_.Severity) | $($_.Area) | $($_.Detail -replace '\|','\|') |" }
$md | Set-Content "$stem.md" -Encoding UTF8
Write-Host "Report written to $stem.md / .json ($($findings.Count) entries). No settings were changed."
