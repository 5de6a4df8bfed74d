<#
.SYNOPSIS
    Run one command with a stored token exposed as an environment variable, then restore it.

.EXAMPLE
    ./Invoke-WithSkillToken.ps1 -Service github -EnvVar GH_TOKEN -FilePath gh -ArgumentList 'repo','list'
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Service,
    [Parameter(Mandatory = $true)][ValidatePattern('^[A-Z_][A-Z0-9_]{0,63}$')][string]$EnvVar,
    [Parameter(Mandatory = $true)][string]$FilePath,
    [string[]]$ArgumentList = @()
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'SkillCred.psm1') -Force

$previous = [Environment]::GetEnvironmentVariable($EnvVar, 'Process')
try {
    [Environment]::SetEnvironmentVariable($EnvVar, (Get-SkillTokenPlain -Service $Service), 'Process')
    & $FilePath @ArgumentList
    $code = $LASTEXITCODE
}
finally {
    # Restore whatever was there before (null removes the variable).
    [Environment]::SetEnvironmentVariable($EnvVar, $previous, 'Process')
}
exit $code
