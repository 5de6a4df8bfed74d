#Requires -Version 7.0
<#
.SYNOPSIS
  Dump one PostgreSQL database to a local folder and keep the newest N dumps.
.DESCRIPTION
  Authentication is left entirely to pg_dump (pgpass file or PGPASSWORD in the user's
  shell); this script never reads credentials. Only files named
  "<Database>-<timestamp>.dump" and their ".sha256" files inside -OutDir are deleted.
.EXAMPLE
  ./Backup-Postgres.ps1 -Database app_prod -OutDir ./backups -Keep 7 -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)][ValidatePattern('^[A-Za-z0-9_\-]+$')][string]$Database,
    [string]$OutDir = './backups',
    [ValidateRange(1, 365)][int]$Keep = 7
)
$ErrorActionPreference = 'Stop'

if (-not (Get-Command pg_dump -ErrorAction SilentlyContinue)) {
    throw 'pg_dump not found on PATH; install the PostgreSQL client tools first.'
}

New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$stamp = (Get-Date).ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'")
$file = Join-Path $OutDir "$Database-$stamp.dump"

Write-Host "Dumping '$Database' to $file ..."
& pg_dump --format=custom --no-password --file $file $Database
if ($LASTEXITCODE -ne 0) {
    Remove-Item -LiteralPath $file -ErrorAction SilentlyContinue
    throw "pg_dump exited with code $LASTEXITCODE"
}

$hash = (Get-FileHash -Algorithm SHA256 -LiteralPath $file).Hash.ToLower()
"$hash  $(Split-Path -Leaf $file)" | Set-Content -LiteralPath "$file.sha256" -Encoding ascii
$size = (Get-Item -LiteralPath $file).Length
Write-Host ('Wrote {0} ({1:N1} MB), sha256 {2}' -f $file, ($size / 1MB), $hash)

# Retention: only this database's timestamped dumps in this folder, newest first.
$pattern = '^{0}-\d{{8}}T\d{{6}}Z\.dump$' -f [regex]::Escape($Database)
$old = Get-ChildItem -LiteralPath $OutDir -File |
    Where-Object { $_.Name -match $pattern } |
    Sort-Object Name -Descending |
    Select-Object -Skip $Keep

foreach ($dump in $old) {
    if ($PSCmdlet.ShouldProcess($dump.FullName, 'Remove old backup')) {
        Remove-Item -LiteralPath $dump.FullName
        Remove-Item -LiteralPath "$($dump.FullName).sha256" -ErrorAction SilentlyContinue
        Write-Host "Pruned $($dump.Name)"
    }
}
