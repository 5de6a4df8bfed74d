<#
.SYNOPSIS
    Install a pinned Terraform version on Windows with SHA-256 (and, if gpg is available,
    signature) verification.
.EXAMPLE
    .\Install-Terraform.ps1 -Version 1.9.5
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    [Parameter(Mandatory)][ValidatePattern('^\d+\.\d+\.\d+(-[a-z0-9]+)?$')][string]$Version,
    [ValidateSet('amd64', 'arm64', '386')][string]$Arch = $(if ($env:PROCESSOR_ARCHITECTURE -eq 'ARM64') { 'arm64' } else { 'amd64' })
)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$base = "https://releases.hashicorp.com/terraform/$Version"
$zip  = "terraform_${Version}_windows_${Arch}.zip"
$sums = "terraform_${Version}_SHA256SUMS"
$sig  = "$sums.72D7468F.sig"
$fpr  = 'C874011F0AB405110D02105534365D9472D7468F'

$work = Join-Path ([IO.Path]::GetTempPath()) ("tf-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $work | Out-Null
try {
    foreach ($f in $zip, $sums, $sig) {
        Invoke-WebRequest -UseBasicParsing -Uri "$base/$f" -OutFile (Join-Path $work $f)
    }

    # Signature check when gpg (Gpg4win) is installed
    $gpg = Get-Command gpg.exe -ErrorAction SilentlyContinue
    if ($gpg) {
        $env:GNUPGHOME = Join-Path $work 'gnupg'
        New-Item -ItemType Directory -Path $env:GNUPGHOME | Out-Null
        Invoke-WebRequest -UseBasicParsing -Uri 'https://www.hashicorp.com/.well-known/pgp-key.txt' -OutFile (Join-Path $work 'hashicorp.asc')
        & $gpg.Source --batch --quiet --import (Join-Path $work 'hashicorp.asc')
        $colons = & $gpg.Source --batch --with-colons --fingerprint
        if (-not ($colons -match "^fpr:::::::::${fpr}:")) { throw 'HashiCorp key fingerprint mismatch' }
        & $gpg.Source --batch --verify (Join-Path $work $sig) (Join-Path $work $sums)
        if ($LASTEXITCODE -ne 0) { throw 'Signature verification failed' }
        Write-Host 'GPG signature OK'
    } else {
        Write-Warning 'gpg.exe not found: verifying SHA-256 only (install Gpg4win for signature checks).'
    }

    $expected = (Get-Content (Join-Path $work $sums) | Where-Object { $_ -match " $([regex]::Escape($zip))$" }) -split '\s+' | Select-Object -First 1
    $actual = (Get-FileHash -Algorithm SHA256 -Path (Join-Path $work $zip)).Hash.ToLower()
    if ($actual -ne $expected) { throw "Checksum mismatch for ${zip}: expected $expected, got $actual" }
    Write-Host 'SHA-256 OK'

    $dest = Join-Path $env:LOCALAPPDATA "Programs\terraform\$Version"
    New-Item -ItemType Directory -Force -Path $dest | Out-Null
    Expand-Archive -Path (Join-Path $work $zip) -DestinationPath $dest -Force

    $userPath = [Environment]::GetEnvironmentVariable('Path', 'User')
    if (($userPath -split ';') -notcontains $dest) {
        if ($PSCmdlet.ShouldProcess('User PATH', "Add $dest")) {
            [Environment]::SetEnvironmentVariable('Path', ($userPath.TrimEnd(';') + ";$dest"), 'User')
            Write-Host "Added $dest to your user PATH (open a new terminal to use it)."
        }
    }
    & (Join-Path $dest 'terraform.exe') version
}
finally {
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}
