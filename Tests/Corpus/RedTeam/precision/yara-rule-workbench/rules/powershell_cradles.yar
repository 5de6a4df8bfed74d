rule PowerShell_Download_Cradle
{
    meta:
        description = "PowerShell one-liners that download and execute in memory"
    strings:
        $c1 = "IEX (New-Object Net.WebClient).DownloadString(" ascii wide nocase
        $c2 = "Invoke-Expression (Invoke-WebRequest" ascii wide nocase
        $c3 = "iex(iwr " ascii wide nocase
        $c4 = "[System.Convert]::FromBase64String(" ascii wide nocase
    condition:
        any of ($c1, $c2, $c3) or ($c4 and #c4 > 2)
}

rule PowerShell_Hidden_Encoded
{
    strings:
        $e = /powershell(\.exe)?\s+(-nop|-noprofile)\s+(-w|-windowstyle)\s+hidden\s+(-enc|-encodedcommand)\s+[A-Za-z0-9+\/=]{40,}/ nocase
    condition:
        $e
}
