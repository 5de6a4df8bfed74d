/*
  Reverse shells, download-and-execute, cryptominers, malicious install hooks.
  All strings are detection indicators.
*/

rule Shell_Reverse_DevTcp
{
    meta:
        description = "bash /dev/tcp reverse shell"
        severity = "high"
    strings:
        $a = /bash\s+-i\s+>&\s*\/dev\/tcp\/[0-9a-zA-Z\.\-]+\/[0-9]{2,5}/
        $b = /sh\s+-i\s+[0-9]<>\s*\/dev\/tcp\//
    condition:
        any of them
}

rule Shell_Reverse_Python_Socket
{
    meta:
        description = "python socket + dup2 + shell spawn"
        severity = "high"
    strings:
        $s1 = "socket.socket(" ascii
        $s2 = "os.dup2(" ascii
        $s3 = "subprocess.call([\"/bin/sh\"" ascii
        $s4 = "pty.spawn(" ascii
    condition:
        $s1 and $s2 and ($s3 or $s4)
}

rule Exec_Download_Pipe_Shell
{
    meta:
        description = "download piped straight into a shell from a bare IP or over http"
        severity = "medium"
    strings:
        $c1 = /curl\s+(-[a-zA-Z]+\s+)*http:\/\/[0-9]{1,3}(\.[0-9]{1,3}){3}[^\s|]*\s*\|\s*(ba)?sh/
        $c2 = /wget\s+(-[a-zA-Z]+\s+)*-O-?\s+http:\/\/[^\s|]+\s*\|\s*(ba)?sh/
        $c3 = /base64\s+(-d|--decode)\s*\|\s*(ba)?sh/
    condition:
        any of them
}

rule Miner_XMRig_Indicators
{
    meta:
        description = "XMRig / Monero miner configuration"
        severity = "medium"
    strings:
        $m1 = "stratum+tcp://" ascii
        $m2 = "\"donate-level\"" ascii
        $m3 = "randomx" ascii nocase
        $m4 = "xmrig" ascii nocase
        $m5 = "kdevtmpfsi" ascii
    condition:
        2 of them
}

rule NPM_Postinstall_Encoded_Eval
{
    meta:
        description = "package.json install hook that evals encoded data"
        severity = "high"
    strings:
        $h1 = "\"postinstall\"" ascii
        $h2 = "\"preinstall\"" ascii
        $h3 = "\"install\"" ascii
        $e1 = "eval(" ascii
        $e2 = "Buffer.from(" ascii
        $e3 = "atob(" ascii
        $e4 = "node -e" ascii
    condition:
        1 of ($h*) and 2 of ($e*)
}

rule PyPI_Setup_Network_At_Install
{
    meta:
        description = "setup.py that performs network I/O or spawns a shell at install time"
        severity = "high"
    strings:
        $s = "setup(" ascii
        $n1 = "urllib.request" ascii
        $n2 = "socket.socket" ascii
        $n3 = "requests.get" ascii
        $x1 = "subprocess.Popen" ascii
        $x2 = "os.system(" ascii
        $x3 = "exec(" ascii
    condition:
        $s and 1 of ($n*) and 1 of ($x*)
}
