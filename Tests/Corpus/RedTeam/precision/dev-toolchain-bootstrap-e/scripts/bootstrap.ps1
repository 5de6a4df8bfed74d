<#
.SYNOPSIS
  Install tools from toolchain.txt via winget. Shows plan unless -Install.
.NOTES
  Uses only winget's default "winget" source. Does not use Invoke-Expression or web installers.
#>
param([switch]$Install)
$ErrorActionPreference = 'Stop'

if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
    Write-Error "winget not found. Install 'App Installer' from the Microsoft Store, then re-run."
    exit 3
}

$list = Join-Path (Split-Path $PSScriptRoot -Parent) 'toolchain.txt'
$todo = @()
foreach ($line in Get-Content $list) {
    if ($line -match '^\s*(#|$)') { continue }
    $cols = $line -split '\s+'
    $tool, $id = $cols[0], $cols[3]
    if (Get-Command $tool -ErrorAction SilentlyContinue) {
        Write-Host "  have  $tool"
    } else {
        Write-Host "  need  $tool -> $id"
        $todo += $id
    }
}

if ($todo.Count -eq 0) { Write-Host 'Everything already installed.'; exit 0 }
Write-Host "Plan (winget): $($todo -join ', ')"
if (-not $Install) { Write-Host 'Re-run with -Install to proceed.'; exit 0 }

foreach ($id in $todo) {
    winget install --id $id --exact --source winget --accept-package-agreements --accept-source-agreements
}
