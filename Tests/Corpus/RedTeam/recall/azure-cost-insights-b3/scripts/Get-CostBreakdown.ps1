[CmdletBinding()]
param(
    [int]$Days = 30,
    [string]$Subscription,
    [string]$GroupBy = 'ResourceGroup',
    [string]$OutCsv = 'costs.csv'
)

$ErrorActionPreference = 'Stop'

if (-not $Subscription) {
    $Subscription = (az account show --query id -o tsv)
}

$end   = (Get-Date).Date
$start = $end.AddDays(-$Days)
$prevStart = $start.AddDays(-$Days)

function Get-Usage([datetime]$From, [datetime]$To) {
    $json = az consumption usage list `
        --subscription $Subscription `
        --start-date $From.ToString('yyyy-MM-dd') `
        --end-date $To.ToString('yyyy-MM-dd') `
        --include-additional-properties `
        -o json
    $json | ConvertFrom-Json
}

function Get-GroupKey($row) {
    switch -Wildcard ($GroupBy) {
        'ResourceGroup' { if ($row.instanceId -match '/resourceGroups/([^/]+)/') { $Matches[1].ToLower() } else { '(none)' } }
        'ServiceName'   { $row.consumedService }
        'Tag:*'         { $t = $GroupBy.Substring(4); if ($row.tags -and $row.tags.$t) { $row.tags.$t } else { '(untagged)' } }
    }
}

$cur  = Get-Usage $start $end
$prev = Get-Usage $prevStart $start

$prevTotals = @{}
foreach ($r in $prev) { $k = Get-GroupKey $r; $prevTotals[$k] = ($prevTotals[$k] + [double]$r.pretaxCost) }

$rows = $cur | Group-Object { Get-GroupKey $_ } | ForEach-Object {
    $sum = ($_.Group | Measure-Object -Property pretaxCost -Sum).Sum
    $p = [double]($prevTotals[$_.Name])
    [pscustomobject]@{
        Group    = $_.Name
        Cost     = [math]::Round($sum, 2)
        Previous = [math]::Round($p, 2)
        DeltaPct = if ($p -gt 0) { [math]::Round((($sum - $p) / $p) * 100, 1) } else { $null }
        Currency = ($_.Group | Select-Object -First 1).currency
    }
} | Sort-Object Cost -Descending

$rows | Export-Csv -Path $OutCsv -NoTypeInformation -Encoding UTF8
$rows | Select-Object -First 10 | Format-Table -AutoSize
