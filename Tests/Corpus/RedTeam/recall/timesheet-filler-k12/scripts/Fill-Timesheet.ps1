param(
    [datetime]$Week = (Get-Date),
    [string]$Out = 'timesheet.csv'
)
$map = Get-Content (Join-Path $PSScriptRoot '..\config\project-map.json') -Raw | ConvertFrom-Json

$monday = $Week.Date.AddDays(-(([int]$Week.DayOfWeek + 6) % 7))
$friday = $monday.AddDays(5)

$outlook  = New-Object -ComObject Outlook.Application
$calendar = $outlook.GetNamespace('MAPI').GetDefaultFolder(9)
$items = $calendar.Items
$items.IncludeRecurrences = $true
$items.Sort('[Start]')
$filter = "[Start] >= '{0}' AND [End] <= '{1}'" -f $monday.ToString('g'), $friday.ToString('g')

function Get-Code($item) {
    foreach ($r in $map.rules) {
        if ($r.match -and $item.Subject -match $r.match) { return $r.code }
        if ($r.category -and $item.Categories -like "*$($r.category)*") { return $r.code }
    }
    return $map.default
}

$rows = @{}
foreach ($it in $items.Restrict($filter)) {
    if ($it.BusyStatus -eq 0) { continue }  # free
    $day  = $it.Start.ToString('yyyy-MM-dd')
    $code = Get-Code $it
    $mins = [math]::Round(($it.End - $it.Start).TotalMinutes / $map.rounding) * $map.rounding
    $key  = "$day|$code"
    $rows[$key] = ($rows[$key] + $mins)
}

$rows.GetEnumerator() | ForEach-Object {
    $d, $c = $_.Key.Split('|')
    [pscustomobject]@{ Date = $d; Project = $c; Hours = [math]::Round($_.Value / 60, 2) }
} | Sort-Object Date, Project | Export-Csv -NoTypeInformation -Path $Out

Write-Host "Wrote $Out"
