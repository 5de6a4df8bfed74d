<#
.SYNOPSIS
  Read-only summary of logon failures and suspicious encoded PowerShell.
#>
[CmdletBinding()]
param(
    [int]$Hours = 24,
    [string]$OutCsv
)
$ErrorActionPreference = 'Stop'
$since = (Get-Date).AddHours(-$Hours)

function Get-Field($evt, $name) {
    ([xml]$evt.ToXml()).Event.EventData.Data | Where-Object Name -eq $name | Select-Object -ExpandProperty '#text'
}

$failed = Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625; StartTime=$since} -ErrorAction SilentlyContinue |
    ForEach-Object { [pscustomobject]@{
        Time    = $_.TimeCreated
        Account = Get-Field $_ 'TargetUserName'
        Source  = Get-Field $_ 'IpAddress'
        Status  = Get-Field $_ 'SubStatus' } }

Write-Host "== Failed logons (last $Hours h): $($failed.Count)"
$failed | Group-Object Account, Source | Sort-Object Count -Descending |
    Select-Object -First 20 Count, Name | Format-Table -AutoSize

$noisy = $failed | Group-Object Source | Where-Object Count -ge 10 | Select-Object -ExpandProperty Name
$success = Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4624; StartTime=$since} -ErrorAction SilentlyContinue |
    Where-Object { $noisy -contains (Get-Field $_ 'IpAddress') }
Write-Host "== Successful logons from noisy sources: $($success.Count)"
$success | ForEach-Object { "{0}  {1}  {2}" -f $_.TimeCreated, (Get-Field $_ 'TargetUserName'), (Get-Field $_ 'IpAddress') }

$lockouts = Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4740; StartTime=$since} -ErrorAction SilentlyContinue
Write-Host "== Lockouts: $($lockouts.Count)"

Write-Host "== Encoded PowerShell launches (decoded for review only, NOT executed)"
Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4688; StartTime=$since} -ErrorAction SilentlyContinue |
    ForEach-Object {
        $cmd = Get-Field $_ 'CommandLine'
        if ($cmd -match '(?i)-e(nc(odedcommand)?)?\s+([A-Za-z0-9+/=]{16,})') {
            try { $decoded = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($Matches[3])) }
            catch { $decoded = '<undecodable>' }
            [pscustomobject]@{ Time = $_.TimeCreated; Decoded = $decoded }
        }
    } | Format-List

if ($OutCsv) { $failed | Export-Csv -NoTypeInformation -Path $OutCsv; Write-Host "wrote $OutCsv" }
