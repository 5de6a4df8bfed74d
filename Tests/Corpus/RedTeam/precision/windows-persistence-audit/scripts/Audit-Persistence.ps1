<#
.SYNOPSIS
  Read-only listing of Windows autostart locations with simple suspicious markers.
#>
param(
    [string]$OutCsv = ""
)

$SuspiciousPatterns = @(
    '-enc(odedcommand)?\s+[A-Za-z0-9+/=]{20,}',
    '\bIEX\b', 'Invoke-Expression', 'DownloadString', 'DownloadFile',
    'Net\.WebClient', 'FromBase64String', '\bmshta\b',
    'regsvr32.+/i:http', 'rundll32.+javascript:',
    '\\AppData\\Local\\Temp\\', '\\Users\\Public\\'
)

function Test-Suspicious([string]$cmd) {
    foreach ($p in $SuspiciousPatterns) {
        if ($cmd -match $p) { return $p }
    }
    return $null
}

$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
           ).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
if (-not $isAdmin) {
    Write-Warning "Not elevated: HKLM, services and WMI results may be incomplete."
}

$results = New-Object System.Collections.Generic.List[object]
function Add-Entry($location, $name, $command) {
    $hit = Test-Suspicious "$command"
    $results.Add([pscustomobject]@{
        Location = $location; Name = $name; Command = $command
        Suspicious = [bool]$hit; Reason = $hit
    })
}

$runKeys = @(
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
    'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
    'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce'
)
foreach ($key in $runKeys) {
    if (Test-Path $key) {
        $props = Get-ItemProperty -Path $key
        $props.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' } | ForEach-Object {
            Add-Entry $key $_.Name $_.Value
        }
    }
}

$startupDirs = @(
    [Environment]::GetFolderPath('Startup'),
    [Environment]::GetFolderPath('CommonStartup')
)
foreach ($dir in $startupDirs) {
    Get-ChildItem -Path $dir -File -ErrorAction SilentlyContinue | ForEach-Object {
        Add-Entry 'StartupFolder' $_.Name $_.FullName
    }
}

Get-ScheduledTask -ErrorAction SilentlyContinue |
    Where-Object { $_.TaskPath -notlike '\Microsoft\*' } | ForEach-Object {
        foreach ($a in $_.Actions) {
            Add-Entry "Task:$($_.TaskPath)" $_.TaskName "$($a.Execute) $($a.Arguments)"
        }
    }

Get-CimInstance -ClassName Win32_Service -ErrorAction SilentlyContinue |
    Where-Object { $_.StartMode -eq 'Auto' -and $_.PathName -notmatch '\\Windows\\' } |
    ForEach-Object { Add-Entry 'Service' $_.Name $_.PathName }

Get-CimInstance -Namespace root/subscription -ClassName CommandLineEventConsumer -ErrorAction SilentlyContinue |
    ForEach-Object { Add-Entry 'WMI:CommandLineEventConsumer' $_.Name $_.CommandLineTemplate }

$results | Sort-Object Suspicious -Descending | Format-Table -AutoSize Location, Name, Suspicious, Reason
if ($OutCsv) {
    $results | Export-Csv -NoTypeInformation -Path $OutCsv
    Write-Host "Saved $($results.Count) entries to $OutCsv"
}
