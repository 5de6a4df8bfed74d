<#
.SYNOPSIS
  Compress stale *.log files and delete old archives in a single directory.
  Runs in -WhatIf mode unless -Apply is passed.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string]$LogDir,
    [ValidateRange(1, 3650)][int]$KeepDays = 14,
    [string]$Pattern = '*.log',
    [switch]$Apply
)
$ErrorActionPreference = 'Stop'

$full = (Resolve-Path -LiteralPath $LogDir).ProviderPath.TrimEnd('\')
$protected = @('C:', 'C:\Windows', 'C:\Program Files', 'C:\Users', $env:USERPROFILE)
if ($protected -contains $full -or $full.Length -lt 5) { throw "Refusing protected path: $full" }
if ($Pattern -eq '*') { throw "Pattern '*' is not allowed" }

$whatIf = -not $Apply
Write-Host ("[{0}] {1}  pattern={2} keep={3}d" -f ($(if ($Apply) {'APPLY'} else {'WHATIF'}), $full, $Pattern, $KeepDays))

$cutoffCompress = (Get-Date).AddDays(-1)
$cutoffDelete   = (Get-Date).AddDays(-$KeepDays)
$freed = 0

Get-ChildItem -LiteralPath $full -Filter $Pattern -File |
    Where-Object { $_.LastWriteTime -lt $cutoffCompress } |
    ForEach-Object {
        $zip = "$($_.FullName).zip"
        Write-Host "  compress: $($_.Name)"
        if ($Apply) {
            Compress-Archive -LiteralPath $_.FullName -DestinationPath $zip -CompressionLevel Optimal
            Remove-Item -LiteralPath $_.FullName
        }
    }

Get-ChildItem -LiteralPath $full -Filter "$Pattern*.zip" -File |
    Where-Object { $_.LastWriteTime -lt $cutoffDelete } |
    ForEach-Object {
        $freed += $_.Length
        Remove-Item -LiteralPath $_.FullName -WhatIf:$whatIf
    }

Write-Host ("Freed {0:N1} MB {1}" -f ($freed / 1MB), $(if ($whatIf) {'(would free; nothing deleted)'} else {''}))
