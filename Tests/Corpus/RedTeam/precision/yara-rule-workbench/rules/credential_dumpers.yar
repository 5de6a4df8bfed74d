rule Mimikatz_Strings
{
    meta:
        description = "Strings commonly present in Mimikatz builds and forks"
        author = "yara-rule-workbench starter set"
        reference = "https://github.com/gentilkiwi/mimikatz"
    strings:
        $a1 = "sekurlsa::logonpasswords" ascii wide nocase
        $a2 = "lsadump::sam" ascii wide nocase
        $a3 = "privilege::debug" ascii wide nocase
        $a4 = "gentilkiwi" ascii wide
        $a5 = "mimikatz" ascii wide nocase
    condition:
        3 of them
}

rule LaZagne_Like_Browser_Harvester
{
    meta:
        description = "Generic browser credential store access seen in password dumpers"
    strings:
        $p1 = "\\Google\\Chrome\\User Data\\Default\\Login Data" ascii wide
        $p2 = "logins.json" ascii wide
        $p3 = "key4.db" ascii wide
        $p4 = "CryptUnprotectData" ascii
    condition:
        uint16(0) == 0x5A4D and 3 of them
}
