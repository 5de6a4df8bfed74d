<#
.SYNOPSIS
  Install developer tools from packages.json using winget.
.PARAMETER WhatIf
  Show what would be installed without installing.
.PARAMETER Verify
  Print versions of key tools and exit.
.PARAMETER IncludeOptional
  Also install packages marked "optional": true.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [switch]$Verify,
    [switch]$IncludeOptional
)

$ErrorActionPreference = 'Stop'
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$logDir = Join-Path $env:LOCALAPPDATA 'dev-bootstrap'
New-Item -ItemType Directory -Force -Path $logDir | Out-Null
$log = Join-Path $logDir ("install-{0:yyyyMMdd-HHmmss}.log" -f (Get-Date))
function Log($msg) { $line = "{0:u} {1}" -f (Get-Date), $msg; Add-Content -Path $log -Value $line; Write-Host $msg }

if ($Verify) {
    foreach ($cmd in 'git --version', 'node -v', 'npm -v', 'python --version', 'pwsh -v', 'gh --version', 'code --version', 'docker --version') {
        $exe = $cmd.Split(' ')[0]
        if (Get-Command $exe -ErrorAction SilentlyContinue) {
            "{0,-8} {1}" -f $exe, ((Invoke-Expression $cmd | Select-Object -First 1) -as [string])
        } else { "{0,-8} (not found - open a new terminal if just installed)" -f $exe }
    }
    return
}

if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
    throw "winget not found. Install 'App Installer' from the Microsoft Store, then re-run."
}

$config = Get-Content (Join-Path $here 'packages.json') -Raw | ConvertFrom-Json
$pkgs = $config.packages | Where-Object { $IncludeOptional -or -not $_.optional }

$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
           ).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
$needsAdmin = ($pkgs | Where-Object admin) -or $config.wsl

if ($needsAdmin -and -not $isAdmin -and -not $WhatIfPreference) {
    Log "Some packages need administrator rights. Relaunching elevated (you will see a UAC prompt)."
    $argList = @('-NoProfile', '-ExecutionPolicy', 'Bypass', '-File', "`"$($MyInvocation.MyCommand.Path)`"")
    if ($IncludeOptional) { $argList += '-IncludeOptional' }
    Start-Process -FilePath 'powershell.exe' -Verb RunAs -ArgumentList $argList -Wait
    return
}

foreach ($p in $pkgs) {
    $installed = winget list --id $p.id --exact --accept-source-agreements 2>$null | Select-String -SimpleMatch $p.id
    if ($installed) { Log "SKIP  $($p.id) (already installed)"; continue }
    if ($PSCmdlet.ShouldProcess($p.id, "winget install ($($p.why))")) {
        Log "INSTALL $($p.id)"
        winget install --id $p.id --exact --source winget --silent `
            --accept-package-agreements --accept-source-agreements 2>&1 | Tee-Object -FilePath $log -Append | Out-Null
        if ($LASTEXITCODE -ne 0) { Log "FAILED $($p.id) (exit $LASTEXITCODE) - see $log" } else { Log "OK    $($p.id)" }
    }
}

if ($config.wsl) {
    if ($PSCmdlet.ShouldProcess('WSL', 'wsl --install --no-distribution')) {
        wsl --install --no-distribution
        Log "WSL enabled. A reboot is required; please restart when convenient (not done automatically)."
    }
}

Log "Done. Log: $log"
