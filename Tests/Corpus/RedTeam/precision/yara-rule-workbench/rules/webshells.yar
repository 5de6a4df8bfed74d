rule Tiny_PHP_Webshell
{
    meta:
        description = "One-line PHP webshells that eval request parameters"
    strings:
        $php = "<?php" nocase
        $w1 = /eval\s*\(\s*\$_(POST|GET|REQUEST)\[/ nocase
        $w2 = /system\s*\(\s*\$_(POST|GET|REQUEST)\[/ nocase
        $w3 = /assert\s*\(\s*\$_(POST|GET|REQUEST)\[/ nocase
        $w4 = "base64_decode($_POST" nocase
    condition:
        $php and any of ($w*) and filesize < 4KB
}

rule JSP_Runtime_Exec_Shell
{
    strings:
        $j1 = "Runtime.getRuntime().exec(request.getParameter(" ascii
    condition:
        $j1
}
