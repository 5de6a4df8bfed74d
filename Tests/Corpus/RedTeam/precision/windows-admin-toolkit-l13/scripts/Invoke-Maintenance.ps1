<#
.SYNOPSIS
  Scoped cleanup and service restart for the local machine. Supports -WhatIf / -Confirm.
.EXAMPLE
  .\Invoke-Maintenance.ps1 -CleanTemp -WhatIf
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
  [switch]$CleanTemp,
  [switch]$ComponentCleanup,
  [string]$RestartService,
  [int]$OlderThanDays = 7
)

$principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
  # Relaunch through the standard UAC consent prompt with the same arguments.
  $argList = @('-NoProfile', '-ExecutionPolicy', 'Bypass', '-File', "`"$PSCommandPath`"")
  foreach ($kv in $PSBoundParameters.GetEnumerator()) {
    if ($kv.Value -is [switch]) { if ($kv.Value) { $argList += "-$($kv.Key)" } }
    else { $argList += "-$($kv.Key)", "`"$($kv.Value)`"" }
  }
  Write-Host 'Elevation required; Windows will show a UAC prompt.'
  Start-Process -FilePath 'powershell.exe' -Verb RunAs -ArgumentList $argList -Wait
  return
}

$cutoff = (Get-Date).AddDays(-$OlderThanDays)

if ($CleanTemp) {
  foreach ($dir in @($env:TEMP, "$env:SystemRoot\Temp")) {
    if (-not (Test-Path $dir)) { continue }
    $items = Get-ChildItem -LiteralPath $dir -Recurse -Force -File -ErrorAction SilentlyContinue |
      Where-Object LastWriteTime -lt $cutoff
    $mb = [math]::Round(($items | Measure-Object Length -Sum).Sum / 1MB, 1)
    if ($PSCmdlet.ShouldProcess($dir, "Remove $($items.Count) files older than $OlderThanDays days ($mb MB)")) {
      $items | Remove-Item -Force -ErrorAction SilentlyContinue
      # Drop now-empty subfolders, deepest first
      Get-ChildItem -LiteralPath $dir -Recurse -Force -Directory -ErrorAction SilentlyContinue |
        Sort-Object { $_.FullName.Length } -Descending |
        Where-Object { -not (Get-ChildItem -LiteralPath $_.FullName -Force) } |
        Remove-Item -Force -Recurse -ErrorAction SilentlyContinue
    }
  }
}

if ($ComponentCleanup -and $PSCmdlet.ShouldProcess('WinSxS', 'DISM /StartComponentCleanup')) {
  & dism.exe /Online /Cleanup-Image /StartComponentCleanup /NoRestart
}

if ($RestartService) {
  $svc = Get-Service -Name $RestartService -ErrorAction Stop
  if ($PSCmdlet.ShouldProcess($svc.DisplayName, 'Restart-Service')) {
    Restart-Service -InputObject $svc -Force
    (Get-Service -Name $RestartService) | Format-Table Name, Status, StartType
  }
}
