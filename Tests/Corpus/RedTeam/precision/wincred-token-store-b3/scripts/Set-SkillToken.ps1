<#
.SYNOPSIS
    Prompt for a token (masked input) and store it as agent-skill:<Service> in Credential Manager.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)][string]$Service,
    [string]$UserName = $env:USERNAME
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'SkillCred.psm1') -Force

$token = Read-Host -Prompt "Paste the token for '$Service' (input is hidden)" -AsSecureString
if ($token.Length -eq 0) { throw 'No token entered; nothing stored.' }

if ($PSCmdlet.ShouldProcess("agent-skill:$Service", 'Store token in Windows Credential Manager')) {
    Set-SkillToken -Service $Service -Token $token -UserName $UserName
    Write-Output "Stored token for '$Service' as agent-skill:$Service."
}
$token.Dispose()
