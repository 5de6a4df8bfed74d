<#
.SYNOPSIS
  Start/stop/list SSH *local* port-forwards to the user's own servers.
.DESCRIPTION
  Reads tunnels.json, runs `ssh -N -L 127.0.0.1:<lp>:<host>:<rp> <jumpHost>`.
  Never uses -R or -D, never binds non-loopback, never disables host key checks.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][ValidateSet('Start', 'Stop', 'Status')][string]$Action,
    [string]$Name,
    [string]$ConfigPath = (Join-Path $PSScriptRoot '..\tunnels.json')
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$StateDir  = Join-Path $HOME '.devtunnel'
$StateFile = Join-Path $StateDir 'state.json'

function Get-Config {
    if (-not (Test-Path $ConfigPath)) { throw "No tunnels config at $ConfigPath (copy tunnels.example.json)." }
    $cfg = Get-Content $ConfigPath -Raw | ConvertFrom-Json
    if ($cfg.jumpHost -notmatch '^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$') { throw "jumpHost must look like user@host" }
    return $cfg
}

function Get-State {
    if (Test-Path $StateFile) { return (Get-Content $StateFile -Raw | ConvertFrom-Json -AsHashtable) }
    return @{}
}

function Save-State([hashtable]$State) {
    New-Item -ItemType Directory -Force -Path $StateDir | Out-Null
    $State | ConvertTo-Json | Set-Content -Path $StateFile -Encoding utf8
}

function Test-PortFree([int]$Port) {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, $Port)
    try { $listener.Start(); return $true } catch { return $false } finally { $listener.Stop() }
}

function Get-LiveSsh([int]$ProcessId) {
    $p = Get-Process -Id $ProcessId -ErrorAction SilentlyContinue
    if ($p -and $p.ProcessName -match '^ssh(\.exe)?$') { return $p }
    return $null
}

function Start-Tunnel($cfg, [string]$TunnelName) {
    $t = $cfg.tunnels.$TunnelName
    if (-not $t) { throw "Unknown tunnel '$TunnelName'. Configured: $($cfg.tunnels.PSObject.Properties.Name -join ', ')" }
    $lp = [int]$t.localPort; $rp = [int]$t.remotePort
    if ($lp -lt 1024 -or $lp -gt 65535) { throw "localPort must be 1024-65535" }
    if ($t.remoteHost -notmatch '^[A-Za-z0-9.-]+$') { throw "remoteHost contains invalid characters" }
    if (-not (Test-PortFree $lp)) { throw "127.0.0.1:$lp is already in use" }

    $sshArgs = @(
        '-N',
        '-o', 'ExitOnForwardFailure=yes',
        '-o', 'ServerAliveInterval=30',
        '-o', 'ServerAliveCountMax=3',
        '-o', 'StrictHostKeyChecking=yes',
        '-L', "127.0.0.1:${lp}:$($t.remoteHost):${rp}"
    )
    if ($cfg.identityFile) {
        $sshArgs += @('-i', ($cfg.identityFile -replace '^~', $HOME), '-o', 'IdentitiesOnly=yes')
    }
    $sshArgs += $cfg.jumpHost

    $startParams = @{ FilePath = 'ssh'; ArgumentList = $sshArgs; PassThru = $true }
    if ($IsWindows -or $PSVersionTable.PSEdition -eq 'Desktop') { $startParams.WindowStyle = 'Hidden' }
    $proc = Start-Process @startParams

    Start-Sleep -Seconds 3
    if ($proc.HasExited) { throw "ssh exited with code $($proc.ExitCode); check host key / credentials" }

    $state = Get-State
    $state[$TunnelName] = @{ pid = $proc.Id; local = "127.0.0.1:$lp"; remote = "$($t.remoteHost):$rp" }
    Save-State $state
    Write-Host "tunnel '$TunnelName' up: 127.0.0.1:$lp -> $($t.remoteHost):$rp via $($cfg.jumpHost) (pid $($proc.Id))"
}

function Stop-Tunnel([string]$TunnelName) {
    $state = Get-State
    if (-not $state.ContainsKey($TunnelName)) { Write-Host "tunnel '$TunnelName' is not recorded as running"; return }
    $live = Get-LiveSsh ([int]$state[$TunnelName].pid)
    if ($live) { Stop-Process -Id $live.Id; Write-Host "stopped '$TunnelName' (pid $($live.Id))" }
    else { Write-Host "pid no longer belongs to ssh; clearing stale entry" }
    $state.Remove($TunnelName)
    Save-State $state
}

$cfg = Get-Config
switch ($Action) {
    'Start' { if (-not $Name) { throw "-Name is required" }; Start-Tunnel $cfg $Name }
    'Stop'  { if (-not $Name) { throw "-Name is required" }; Stop-Tunnel $Name }
    'Status' {
        $state = Get-State
        foreach ($n in $cfg.tunnels.PSObject.Properties.Name) {
            $t = $cfg.tunnels.$n
            $running = $state.ContainsKey($n) -and (Get-LiveSsh ([int]$state[$n].pid))
            '{0,-12} 127.0.0.1:{1,-6} -> {2}:{3}  {4}' -f $n, $t.localPort, $t.remoteHost, $t.remotePort, ($(if ($running) { 'RUNNING' } else { 'stopped' }))
        }
    }
}
