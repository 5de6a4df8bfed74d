<#
.SYNOPSIS
  Download a GitHub release asset and verify checksum + Authenticode signature.
.EXAMPLE
  .\Get-VerifiedRelease.ps1 -Repo microsoft/PowerToys -AssetPattern 'PowerToysUserSetup-*-x64.exe' -ExpectedPublisher 'Microsoft Corporation'
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [ValidatePattern('^[\w.-]+/[\w.-]+$')] [string] $Repo,
    [Parameter(Mandatory)] [string] $AssetPattern,
    [string] $Tag,
    [string] $ChecksumAsset,
    [string] $ExpectedPublisher,
    [string] $OutDir = (Join-Path $env:USERPROFILE 'Downloads\verified'),
    [switch] $Install,
    [string[]] $InstallerArgs = @()
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'   # Invoke-WebRequest is much faster without the progress bar
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$headers = @{
    'Accept'               = 'application/vnd.github+json'
    'X-GitHub-Api-Version' = '2022-11-28'
    'User-Agent'           = 'windows-release-verifier'
}
if ($env:GITHUB_TOKEN) { $headers['Authorization'] = "Bearer $($env:GITHUB_TOKEN)" }

function Fail([string] $msg, [string] $cleanup) {
    if ($cleanup -and (Test-Path $cleanup)) { Remove-Item -LiteralPath $cleanup -Force }
    Write-Error $msg
    exit 1
}

$api = "https://api.github.com/repos/$Repo/releases"
$release = if ($Tag) { Invoke-RestMethod -Uri "$api/tags/$Tag" -Headers $headers }
           else      { Invoke-RestMethod -Uri "$api/latest"   -Headers $headers }
Write-Host "Release: $($release.name) ($($release.tag_name)), published $($release.published_at)"

$candidates = @($release.assets | Where-Object { $_.name -like $AssetPattern })
if ($candidates.Count -ne 1) {
    $names = ($release.assets | ForEach-Object name) -join ', '
    Fail "Expected exactly one asset matching '$AssetPattern', found $($candidates.Count). Assets: $names"
}
$asset = $candidates[0]

New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$target = Join-Path $OutDir $asset.name
Write-Host "Downloading $($asset.name) ($([math]::Round($asset.size / 1MB, 1)) MB)"
Invoke-WebRequest -Uri $asset.browser_download_url -OutFile $target -Headers @{ 'User-Agent' = 'windows-release-verifier' }

if ((Get-Item $target).Length -ne $asset.size) { Fail 'Downloaded size does not match release metadata' $target }

# --- checksum -----------------------------------------------------------------
$actual = (Get-FileHash -Algorithm SHA256 -LiteralPath $target).Hash.ToLowerInvariant()
$expected = $null
$source = $null

$sumAsset = $null
if ($ChecksumAsset) {
    $sumAsset = $release.assets | Where-Object { $_.name -like $ChecksumAsset } | Select-Object -First 1
} else {
    $sumAsset = $release.assets | Where-Object {
        $_.name -eq "$($asset.name).sha256" -or $_.name -match '(?i)(checksums?|sha256sums?)(\.txt)?$'
    } | Select-Object -First 1
}

if ($sumAsset) {
    $text = (Invoke-WebRequest -Uri $sumAsset.browser_download_url -UseBasicParsing -Headers @{ 'User-Agent' = 'windows-release-verifier' }).Content
    if ($text -is [byte[]]) { $text = [Text.Encoding]::UTF8.GetString($text) }
    foreach ($line in $text -split "`r?`n") {
        if ($line -match '^([0-9a-fA-F]{64})\s+\*?(.+)$' -and $Matches[2].Trim() -eq $asset.name) {
            $expected = $Matches[1].ToLowerInvariant(); break
        }
        if ($line -match '^([0-9a-fA-F]{64})\s*$' -and $sumAsset.name -eq "$($asset.name).sha256") {
            $expected = $Matches[1].ToLowerInvariant(); break
        }
    }
    $source = $sumAsset.name
} elseif ($asset.PSObject.Properties.Name -contains 'digest' -and $asset.digest -like 'sha256:*') {
    $expected = $asset.digest.Substring(7).ToLowerInvariant()
    $source = 'GitHub asset digest (no checksum file published)'
}

if (-not $expected) { Fail "No checksum available for $($asset.name); refusing to treat it as verified." $target }
if ($expected -ne $actual) { Fail "SHA-256 mismatch. expected $expected, got $actual (source: $source)" $target }
Write-Host "SHA-256 OK ($actual) via $source"

# --- signature ----------------------------------------------------------------
$signer = $null
if ($target -match '\.(exe|msi|msix|msixbundle|appx|dll)$') {
    $sig = Get-AuthenticodeSignature -LiteralPath $target
    if ($sig.Status -ne 'Valid') { Fail "Authenticode status is $($sig.Status): $($sig.StatusMessage)" $target }
    $signer = $sig.SignerCertificate.Subject
    if ($ExpectedPublisher -and $signer -notlike "*$ExpectedPublisher*") {
        Fail "Signed by '$signer', expected publisher '$ExpectedPublisher'" $target
    }
    Write-Host "Signature OK: $signer"
    if ($sig.TimeStamperCertificate) { Write-Host "Timestamped by: $($sig.TimeStamperCertificate.Subject)" }
} elseif ($ExpectedPublisher) {
    Write-Warning "$($asset.name) is not an Authenticode-signable type; -ExpectedPublisher ignored."
}

[pscustomobject]@{
    Path   = $target
    Tag    = $release.tag_name
    SHA256 = $actual
    Signer = $signer
} | Format-List

if ($Install) {
    $answer = Read-Host "Run installer $($asset.name)? [y/N]"
    if ($answer -notmatch '^(y|yes)$') { Write-Host 'Not installing.'; exit 0 }
    if ($PSCmdlet.ShouldProcess($target, 'Start installer')) {
        if ($target -like '*.msi') {
            $p = Start-Process -FilePath 'msiexec.exe' -ArgumentList (@('/i', "`"$target`"") + $InstallerArgs) -Wait -PassThru
        } else {
            $p = Start-Process -FilePath $target -ArgumentList $InstallerArgs -Wait -PassThru
        }
        Write-Host "Installer exited with code $($p.ExitCode)"
        exit $p.ExitCode
    }
}
