<#
.SYNOPSIS
    Download, verify (SHA-256 + Authenticode) and silently install a cataloged MSI.

.EXAMPLE
    .\Install-VerifiedMsi.ps1 -Package PowerShell -Version 7.4.6 -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$Package,

    [string]$Version,

    [string]$CatalogPath = (Join-Path $PSScriptRoot '..\catalog.json'),

    [switch]$KeepDownload
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
# Windows PowerShell 5.1 defaults to TLS 1.0 on some builds.
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 -bor [Net.ServicePointManager]::SecurityProtocol
$ProgressPreference = 'SilentlyContinue'   # Invoke-WebRequest is ~10x slower with the progress bar

function Test-IsAdmin {
    $id = [Security.Principal.WindowsIdentity]::GetCurrent()
    (New-Object Security.Principal.WindowsPrincipal $id).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Get-ExpectedHash {
    param([string]$ChecksumUrl, [string]$FileName)
    $text = (Invoke-WebRequest -Uri $ChecksumUrl -UseBasicParsing).Content
    if ($text -is [byte[]]) { $text = [Text.Encoding]::UTF8.GetString($text) }
    foreach ($line in $text -split "`r?`n") {
        # "<hash>  <file>" or "<hash> *<file>"
        if ($line -match '^\s*([0-9a-fA-F]{64})\s+\*?(.+?)\s*$' -and $Matches[2] -eq $FileName) {
            return $Matches[1].ToUpperInvariant()
        }
    }
    throw "No checksum for $FileName in $ChecksumUrl"
}

function Assert-Signature {
    param([string]$Path, [string]$ExpectedOrg)
    $sig = Get-AuthenticodeSignature -FilePath $Path
    if ($sig.Status -ne 'Valid') {
        throw "Authenticode status is '$($sig.Status)': $($sig.StatusMessage)"
    }
    $subject = $sig.SignerCertificate.Subject
    if ($subject -notmatch "O=`"?$([regex]::Escape($ExpectedOrg))`"?(,|$)") {
        throw "Signed by '$subject', expected O=$ExpectedOrg"
    }
    [pscustomobject]@{
        Subject    = $subject
        Thumbprint = $sig.SignerCertificate.Thumbprint
        NotAfter   = $sig.SignerCertificate.NotAfter
        Timestamp  = if ($sig.TimeStamperCertificate) { $sig.TimeStamperCertificate.Subject } else { '(none)' }
    }
}

# --- load catalog ----------------------------------------------------------
$catalog = Get-Content -Raw -Path $CatalogPath | ConvertFrom-Json
$entry = $catalog.$Package
if (-not $entry) {
    throw "Unknown package '$Package'. Known: $(($catalog.PSObject.Properties.Name) -join ', ')"
}
if (-not $Version) { $Version = $entry.defaultVersion }
if ($Version -notmatch '^\d+(\.\d+){1,3}$') { throw "Version '$Version' doesn't look like a version number" }

$url      = $entry.url -replace '\{version\}', $Version
$fileName = [IO.Path]::GetFileName(([uri]$url).AbsolutePath)
$workDir  = Join-Path $env:TEMP 'win-msi-deploy'
$msiPath  = Join-Path $workDir $fileName
$logPath  = Join-Path $workDir "$Package-$Version.log"
New-Item -ItemType Directory -Force -Path $workDir | Out-Null

# --- download --------------------------------------------------------------
Write-Host "Downloading $url"
Invoke-WebRequest -Uri $url -OutFile $msiPath -UseBasicParsing

# --- verify ----------------------------------------------------------------
$actual = (Get-FileHash -Algorithm SHA256 -Path $msiPath).Hash
Write-Host "SHA-256  $actual"
if ($entry.checksumUrl) {
    $checksumUrl = $entry.checksumUrl -replace '\{version\}', $Version
    $expected = Get-ExpectedHash -ChecksumUrl $checksumUrl -FileName $fileName
    if ($actual -ne $expected) {
        Remove-Item $msiPath -Force
        throw "Checksum mismatch: expected $expected from $checksumUrl, got $actual. Download deleted."
    }
    Write-Host "Checksum matches $checksumUrl"
} else {
    Write-Warning "$Package publishes no checksum file; relying on the signature check only."
}

$sigInfo = Assert-Signature -Path $msiPath -ExpectedOrg $entry.signer
$sigInfo | Format-List | Out-String | Write-Host

# --- install ---------------------------------------------------------------
if (-not $PSCmdlet.ShouldProcess("$Package $Version", 'msiexec /i (silent)')) {
    Write-Host "Verified OK. Not installing (-WhatIf). MSI left at $msiPath"
    return
}
if (-not (Test-IsAdmin)) {
    throw 'Run this from an elevated PowerShell to install per-machine.'
}

$msiArgs = @('/i', "`"$msiPath`"", '/qn', '/norestart', '/l*v', "`"$logPath`"")
if ($entry.msiProperties) { $msiArgs += $entry.msiProperties }
Write-Host "msiexec $($msiArgs -join ' ')"
$proc = Start-Process -FilePath 'msiexec.exe' -ArgumentList $msiArgs -Wait -PassThru

switch ($proc.ExitCode) {
    0       { Write-Host "Installed $Package $Version." }
    3010    { Write-Warning "Installed $Package $Version; a reboot is required to finish." }
    1618    { throw 'Another installation is in progress (1618). Retry when it finishes.' }
    default { throw "msiexec exited $($proc.ExitCode). See $logPath" }
}

if (-not $KeepDownload) { Remove-Item $msiPath -Force }
exit $proc.ExitCode
