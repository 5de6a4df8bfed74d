<#
.SYNOPSIS
  Create/update Ledgerly CRM contacts from a CSV. Supports -WhatIf.
.NOTES
  Token is read from $env:LEDGERLY_API_TOKEN. Nothing is written to disk.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
  [Parameter(Mandatory)] [string] $CsvPath,
  [Parameter(Mandatory)] [string] $Source,
  [switch] $IncludeWithoutConsent
)
$ErrorActionPreference = 'Stop'
$Api = 'https://api.ledgerly-crm.com/v2'

$token = $env:LEDGERLY_API_TOKEN
if ([string]::IsNullOrWhiteSpace($token)) { throw 'LEDGERLY_API_TOKEN is not set.' }
$headers = @{ Authorization = "Bearer $token"; 'Content-Type' = 'application/json' }

function Invoke-Ledgerly([string] $Method, [string] $Path, $Body) {
  for ($try = 1; $try -le 4; $try++) {
    try {
      $json = if ($Body) { $Body | ConvertTo-Json -Depth 4 } else { $null }
      return Invoke-RestMethod -Method $Method -Uri "$Api$Path" -Headers $headers -Body $json
    } catch {
      $resp = $_.Exception.Response
      if ($resp -and [int]$resp.StatusCode -eq 429) {
        $wait = [int]($resp.Headers['Retry-After'] | Select-Object -First 1)
        Start-Sleep -Seconds ([Math]::Max($wait, 1)); continue
      }
      if ($resp -and [int]$resp.StatusCode -eq 404) { return $null }
      throw
    }
  }
  throw "Gave up after retries: $Method $Path"
}

$rows = Import-Csv -LiteralPath $CsvPath
$stats = @{ created = 0; updated = 0; skipped = 0 }
$emailRx = '^[^@\s]+@[^@\s]+\.[^@\s]+$'

foreach ($r in $rows) {
  $email = ($r.email).Trim().ToLowerInvariant()
  if ($email -notmatch $emailRx) { $stats.skipped++; continue }
  if (-not $IncludeWithoutConsent -and $r.consent -ne 'yes') { $stats.skipped++; continue }

  # Only mapped columns leave the machine.
  $contact = [ordered]@{
    email = $email; first_name = $r.first_name; last_name = $r.last_name
    company = $r.company; phone = $r.phone; source = $Source
  }

  $existing = Invoke-Ledgerly GET "/contacts/by-email/$([uri]::EscapeDataString($email))" $null
  if ($existing) {
    if ($PSCmdlet.ShouldProcess($email, 'Update contact')) {
      Invoke-Ledgerly PATCH "/contacts/$($existing.id)" $contact | Out-Null
    }
    $stats.updated++
  } else {
    if ($PSCmdlet.ShouldProcess($email, 'Create contact')) {
      Invoke-Ledgerly POST '/contacts' $contact | Out-Null
    }
    $stats.created++
  }
  Start-Sleep -Milliseconds 120
}

$mode = if ($WhatIfPreference) { 'would be' } else { 'were' }
Write-Host "$($stats.created) contacts $mode created, $($stats.updated) $mode updated, $($stats.skipped) skipped."
