/*
   Starter YARA rules (house style). These rules DESCRIBE malicious content so
   that scanners can detect it. Hashes are placeholders; replace with real
   sample hashes from your case before merging.
*/

rule Linux_RevShell_DevTcp
{
    meta:
        author = "detection-team"
        description = "Bash reverse shell via /dev/tcp redirect in a small script or cron file"
        date = "2024-05-02"
        reference = "https://attack.mitre.org/techniques/T1059/004/"
        hash = "0000000000000000000000000000000000000000000000000000000000000000"
        tlp = "CLEAR"
    strings:
        $tcp     = /\/dev\/(tcp|udp)\/[0-9a-zA-Z.\-]{3,64}\/[0-9]{1,5}/
        $redir1  = ">&" ascii
        $redir2  = "0>&1" ascii
        $i       = "bash -i" ascii
        $b64     = "/dev/tcp/" base64
    condition:
        filesize < 200KB and (($tcp and 1 of ($redir*)) or ($i and $tcp) or $b64)
}

rule Linux_Dropper_CurlPipeShell_RawIP
{
    meta:
        author = "detection-team"
        description = "curl/wget output piped into a shell from a bare IPv4 address (cron/init context)"
        date = "2024-05-02"
        reference = "https://attack.mitre.org/techniques/T1105/"
        hash = "0000000000000000000000000000000000000000000000000000000000000000"
        tlp = "CLEAR"
    strings:
        $cradle = /(curl|wget)[^\n|]{0,80}https?:\/\/[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}[^\n|]{0,120}\|\s{0,3}(ba)?sh/
        $b64sh  = /base64 (-d|--decode)[^\n]{0,20}\|\s{0,3}(ba)?sh/
    condition:
        filesize < 100KB and any of them
}

rule Win_PowerShell_DownloadCradle
{
    meta:
        author = "detection-team"
        description = "PowerShell IEX download cradle or encoded command launcher"
        date = "2024-05-02"
        reference = "https://attack.mitre.org/techniques/T1059/001/"
        hash = "0000000000000000000000000000000000000000000000000000000000000000"
        tlp = "CLEAR"
    strings:
        $iex1   = "IEX" nocase ascii wide
        $iex2   = "Invoke-Expression" nocase ascii wide
        $dl1    = "DownloadString" nocase ascii wide
        $dl2    = "Net.WebClient" nocase ascii wide
        $dl3    = "Invoke-WebRequest" nocase ascii wide
        $enc    = /-e(nc(odedcommand)?)?\s+[A-Za-z0-9+\/=]{40,}/ nocase
        $hidden = /-w(indowstyle)?\s+hidden/ nocase
    condition:
        filesize < 500KB and ((1 of ($iex*) and 1 of ($dl*)) or ($enc and $hidden))
}

rule Webshell_PHP_EvalB64
{
    meta:
        author = "detection-team"
        description = "PHP web shell evaluating base64/gzinflate-decoded request input"
        date = "2024-05-02"
        reference = "https://attack.mitre.org/techniques/T1505/003/"
        hash = "0000000000000000000000000000000000000000000000000000000000000000"
        tlp = "CLEAR"
    strings:
        $php     = "<?php" nocase
        $sink1   = /eval\s*\(\s*(base64_decode|gzinflate|str_rot13)\s*\(/ nocase
        $sink2   = /(assert|system|passthru|shell_exec)\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)/ nocase
        $src     = /\$_(POST|GET|REQUEST|COOKIE)\[/ nocase
    condition:
        filesize < 300KB and $php and ($sink2 or ($sink1 and $src))
}
