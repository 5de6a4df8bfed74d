#Requires -Version 5.1
<#
.SYNOPSIS
    Read-only audit of Windows persistence locations.
.DESCRIPTION
    Enumerates registry autoruns, scheduled tasks, services, WMI event subscriptions,
    startup folders and local Administrators. Writes CSV/JSON to -OutputDir.
    Makes no changes to the system.
.EXAMPLE
    .\Get-PersistenceReport.ps1 -OutputDir C:\IR\persist
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $OutputDir,
    [switch] $IncludeMicrosoft,
    [string[]] $ComputerName
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Continue'

$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
    [Security.Principal.WindowsBuiltInRole]::Administrator)
if (-not $isAdmin) {
    Write-Warning 'Not elevated: HKLM, other users and WMI subscriptions may be incomplete.'
}

$SuspiciousPattern = '(?i)(\\AppData\\|\\Temp\\|\\Users\\Public\\|\\ProgramData\\[^\\]+\.exe|-enc(odedcommand)?\s|-w(indowstyle)?\s+hidden|IEX|Invoke-Expression|DownloadString|FromBase64String|mshta|regsvr32.+/i:http|rundll32.+(http|javascript:))'

function Test-Suspicious([string] $Text) {
    if ([string]::IsNullOrWhiteSpace($Text)) { return $false }
    return [bool]($Text -match $SuspiciousPattern)
}

function Get-SignatureStatus([string] $CommandLine) {
    # Extract the executable path from a command line and check its Authenticode signature.
    if ($CommandLine -match '^\s*"([^"]+)"') { $path = $Matches[1] }
    elseif ($CommandLine -match '^\s*(\S+\.(exe|dll|sys))') { $path = $Matches[1] }
    else { return 'n/a' }
    $path = [Environment]::ExpandEnvironmentVariables($path)
    if (-not (Test-Path -LiteralPath $path)) { return 'missing' }
    return (Get-AuthenticodeSignature -LiteralPath $path).Status.ToString()
}

function Get-RegistryAutoruns {
    $keys = @(
        'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
        'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
        'HKLM:\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Run',
        'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
        'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce'
    )
    foreach ($k in $keys) {
        if (-not (Test-Path $k)) { continue }
        $props = Get-ItemProperty -Path $k
        foreach ($p in $props.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' }) {
            [pscustomobject]@{
                Location   = $k; Name = $p.Name; Command = [string]$p.Value
                Signature  = Get-SignatureStatus ([string]$p.Value)
                Suspicious = Test-Suspicious ([string]$p.Value)
            }
        }
    }
    $winlogon = Get-ItemProperty 'HKLM:\Software\Microsoft\Windows NT\CurrentVersion\Winlogon' -ErrorAction SilentlyContinue
    foreach ($name in 'Shell', 'Userinit') {
        $val = [string]$winlogon.$name
        $expected = if ($name -eq 'Shell') { 'explorer.exe' } else { 'C:\Windows\system32\userinit.exe,' }
        [pscustomobject]@{
            Location = 'Winlogon'; Name = $name; Command = $val; Signature = 'n/a'
            Suspicious = ($val.Trim() -ne $expected)
        }
    }
    $ifeo = 'HKLM:\Software\Microsoft\Windows NT\CurrentVersion\Image File Execution Options'
    Get-ChildItem $ifeo -ErrorAction SilentlyContinue | ForEach-Object {
        $dbg = (Get-ItemProperty $_.PSPath -Name Debugger -ErrorAction SilentlyContinue).Debugger
        if ($dbg) {
            [pscustomobject]@{ Location = 'IFEO'; Name = $_.PSChildName; Command = $dbg; Signature = Get-SignatureStatus $dbg; Suspicious = $true }
        }
    }
}

function Get-TaskReport {
    Get-ScheduledTask | Where-Object { $IncludeMicrosoft -or $_.TaskPath -notlike '\Microsoft\*' } | ForEach-Object {
        $actions = ($_.Actions | ForEach-Object { "$($_.Execute) $($_.Arguments)".Trim() }) -join ' | '
        [pscustomobject]@{
            TaskPath   = $_.TaskPath; TaskName = $_.TaskName; State = $_.State
            RunAs      = $_.Principal.UserId; RunLevel = $_.Principal.RunLevel
            Triggers   = ($_.Triggers | ForEach-Object { $_.CimClass.CimClassName -replace 'MSFT_Task', '' }) -join ','
            Actions    = $actions
            Suspicious = Test-Suspicious $actions
        }
    }
}

function Get-ServiceReport {
    Get-CimInstance Win32_Service | ForEach-Object {
        $bin = [string]$_.PathName
        $inSystem = $bin -match '(?i)^"?C:\\Windows\\(System32|SysWOW64)\\'
        $sig = Get-SignatureStatus $bin
        if ($IncludeMicrosoft -or -not $inSystem -or $sig -ne 'Valid') {
            [pscustomobject]@{
                Name = $_.Name; DisplayName = $_.DisplayName; StartMode = $_.StartMode; State = $_.State
                Account = $_.StartName; Binary = $bin; Signature = $sig
                Suspicious = (Test-Suspicious $bin) -or ($sig -notin 'Valid', 'n/a')
            }
        }
    }
}

function Get-WmiSubscriptions {
    $ns = 'root\subscription'
    foreach ($cls in '__EventFilter', 'CommandLineEventConsumer', 'ActiveScriptEventConsumer', '__FilterToConsumerBinding') {
        Get-CimInstance -Namespace $ns -ClassName $cls -ErrorAction SilentlyContinue | ForEach-Object {
            $detail = switch ($cls) {
                '__EventFilter' { $_.Query }
                'CommandLineEventConsumer' { $_.CommandLineTemplate }
                'ActiveScriptEventConsumer' { "[$($_.ScriptingEngine)] " + ($_.ScriptText -replace '\s+', ' ').Substring(0, [Math]::Min(200, $_.ScriptText.Length)) }
                default { "$($_.Filter) -> $($_.Consumer)" }
            }
            [pscustomobject]@{
                Class = $cls; Name = $_.Name; Detail = $detail
                Suspicious = $cls -in 'CommandLineEventConsumer', 'ActiveScriptEventConsumer'
            }
        }
    }
}

function Get-StartupFolderItems {
    $folders = @("$env:ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp")
    Get-ChildItem 'C:\Users' -Directory -ErrorAction SilentlyContinue | ForEach-Object {
        $folders += Join-Path $_.FullName 'AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Startup'
    }
    foreach ($f in $folders | Where-Object { Test-Path $_ }) {
        Get-ChildItem $f -File | ForEach-Object {
            [pscustomobject]@{ Folder = $f; Item = $_.Name; Modified = $_.LastWriteTimeUtc; Suspicious = $_.Extension -in '.vbs', '.js', '.hta', '.bat', '.cmd', '.ps1' }
        }
    }
}

function Get-LocalAdmins {
    try {
        Get-LocalGroupMember -SID 'S-1-5-32-544' | Select-Object Name, ObjectClass, PrincipalSource
    } catch {
        # Fallback for domain controllers / older hosts
        net localgroup Administrators | Select-Object -Skip 6 | Where-Object { $_ -and $_ -notmatch 'command completed' } |
            ForEach-Object { [pscustomobject]@{ Name = $_; ObjectClass = ''; PrincipalSource = '' } }
    }
}

function Invoke-Audit {
    [ordered]@{
        Registry  = @(Get-RegistryAutoruns)
        Tasks     = @(Get-TaskReport)
        Services  = @(Get-ServiceReport)
        Wmi       = @(Get-WmiSubscriptions)
        Startup   = @(Get-StartupFolderItems)
        Admins    = @(Get-LocalAdmins)
    }
}

New-Item -ItemType Directory -Force -Path $OutputDir | Out-Null

$targets = if ($ComputerName) { $ComputerName } else { @($env:COMPUTERNAME) }
foreach ($target in $targets) {
    Write-Host "Auditing $target ..."
    if ($target -eq $env:COMPUTERNAME) {
        $r = Invoke-Audit
    } else {
        $fnDefs = 'Test-Suspicious', 'Get-SignatureStatus', 'Get-RegistryAutoruns', 'Get-TaskReport', 'Get-ServiceReport',
                  'Get-WmiSubscriptions', 'Get-StartupFolderItems', 'Get-LocalAdmins', 'Invoke-Audit' |
                  ForEach-Object { "function $_ {`n$((Get-Command $_).Definition)`n}" }
        $r = Invoke-Command -ComputerName $target -ScriptBlock {
            param($defs, $pattern, $incMs)
            $SuspiciousPattern = $pattern; $IncludeMicrosoft = $incMs
            . ([scriptblock]::Create($defs -join "`n"))
            Invoke-Audit
        } -ArgumentList $fnDefs, $SuspiciousPattern, $IncludeMicrosoft.IsPresent
    }

    $dir = Join-Path $OutputDir $target
    New-Item -ItemType Directory -Force -Path $dir | Out-Null
    $r.Registry | Export-Csv (Join-Path $dir 'autoruns_registry.csv') -NoTypeInformation
    $r.Tasks    | Export-Csv (Join-Path $dir 'scheduled_tasks.csv') -NoTypeInformation
    $r.Services | Export-Csv (Join-Path $dir 'services.csv') -NoTypeInformation
    $r.Wmi      | Export-Csv (Join-Path $dir 'wmi_subscriptions.csv') -NoTypeInformation
    $r.Startup  | Export-Csv (Join-Path $dir 'startup_folders.csv') -NoTypeInformation
    $r.Admins   | Export-Csv (Join-Path $dir 'local_admins.csv') -NoTypeInformation

    $flagged = @($r.Registry + $r.Tasks + $r.Services + $r.Wmi + $r.Startup | Where-Object { $_.Suspicious })
    [ordered]@{
        Computer  = $target
        Generated = (Get-Date).ToUniversalTime().ToString('o')
        Counts    = [ordered]@{ Registry = $r.Registry.Count; Tasks = $r.Tasks.Count; Services = $r.Services.Count; Wmi = $r.Wmi.Count; Startup = $r.Startup.Count; Admins = $r.Admins.Count }
        Flagged   = $flagged
    } | ConvertTo-Json -Depth 5 | Set-Content -Path (Join-Path $dir 'summary.json') -Encoding UTF8

    Write-Host ("{0}: {1} flagged item(s). Report: {2}" -f $target, $flagged.Count, $dir)
}
