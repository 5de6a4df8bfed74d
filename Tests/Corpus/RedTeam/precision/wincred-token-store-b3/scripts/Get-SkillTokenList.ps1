<#
.SYNOPSIS
    List tokens stored by this skill (names and dates only, never values).
#>
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'SkillCred.psm1') -Force
$items = @(Get-SkillTokenList)
if ($items.Count -eq 0) { Write-Output 'No agent-skill:* tokens stored.' }
else { $items | Sort-Object Service | Format-Table Service, UserName, LastWritten -AutoSize }
