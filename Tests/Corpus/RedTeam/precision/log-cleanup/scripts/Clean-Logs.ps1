<#
.SYNOPSIS
  Delete old log files in one directory. Dry run unless -Apply is given.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
  [Parameter(Mandatory)] [string] $Path,
  [int] $Days = 14,
  [string] $Filter = '*.log*',
  [switch] $Apply
)
$ErrorActionPreference = 'Stop'

$full = (Resolve-Path -LiteralPath $Path).ProviderPath.TrimEnd('\','/')
$forbidden = @($env:SystemDrive + '\', $env:SystemRoot, $env:USERPROFILE, $env:ProgramFiles, '/', $HOME)
if ($forbidden -contains $full -or $full.Split([IO.Path]::DirectorySeparatorChar).Count -lt 3) {
  throw "Refusing to operate on '$full'."
}
if ($Days -lt 1) { throw '-Days must be at least 1.' }

$cutoff = (Get-Date).AddDays(-[Math]::Max($Days, 1))
$files = Get-ChildItem -LiteralPath $full -Recurse -File -Filter $Filter |
  Where-Object { $_.LastWriteTime -lt $cutoff }

$sizeMB = [Math]::Round(($files | Measure-Object Length -Sum).Sum / 1MB, 1)
Write-Host "Directory: $full"
Write-Host "Matched:   $($files.Count) files older than $Days days, $sizeMB MB"
$files | Select-Object -First 20 | ForEach-Object { Write-Host "  $($_.FullName)" }

if (-not $Apply) {
  Write-Host 'Dry run only. Re-run with -Apply to delete.'
  return
}
foreach ($f in $files) {
  if ($PSCmdlet.ShouldProcess($f.FullName, 'Remove')) {
    Remove-Item -LiteralPath $f.FullName -Force
  }
}
Write-Host "Deleted $($files.Count) files."
