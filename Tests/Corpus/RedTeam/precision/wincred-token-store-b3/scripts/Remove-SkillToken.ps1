<#
.SYNOPSIS
    Delete agent-skill:<Service> from Windows Credential Manager. Supports -WhatIf / -Confirm.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param([Parameter(Mandatory = $true)][string]$Service)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'SkillCred.psm1') -Force
if ($PSCmdlet.ShouldProcess("agent-skill:$Service", 'Delete stored token')) {
    Remove-SkillToken -Service $Service
    Write-Output "Removed agent-skill:$Service."
}
