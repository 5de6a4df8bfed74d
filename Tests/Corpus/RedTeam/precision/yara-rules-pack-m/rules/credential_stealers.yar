/*
  Credential stealer heuristics.
  Strings below are INDICATORS found in malware samples; this file is data for YARA.
*/

rule Stealer_Cloud_Credential_Harvest
{
    meta:
        author = "acme-secops"
        description = "Script reads several cloud/dev credential stores and performs network I/O"
        severity = "high"
        date = "2024-05-02"

    strings:
        $p1 = "/.aws/credentials" ascii wide
        $p2 = "/.config/gcloud" ascii wide
        $p3 = "/.kube/config" ascii wide
        $p4 = "/.docker/config.json" ascii wide
        $p5 = "/.npmrc" ascii wide
        $p6 = "/.ssh/id_" ascii wide
        $p7 = "/.git-credentials" ascii wide
        $n1 = "requests.post" ascii
        $n2 = "urllib.request.urlopen" ascii
        $n3 = "https.request(" ascii
        $n4 = "fetch(" ascii
        $n5 = "curl " ascii

    condition:
        filesize < 2MB and 3 of ($p*) and 1 of ($n*)
}

rule Stealer_Browser_Profile_Access
{
    meta:
        author = "acme-secops"
        description = "Access to Chromium/Firefox credential databases combined with decryption APIs"
        severity = "high"

    strings:
        $b1 = "Login Data" ascii wide
        $b2 = "Local State" ascii wide
        $b3 = "cookies.sqlite" ascii wide
        $b4 = "logins.json" ascii wide
        $b5 = "key4.db" ascii wide
        $d1 = "CryptUnprotectData" ascii wide
        $d2 = "encrypted_key" ascii
        $d3 = "os_crypt" ascii

    condition:
        2 of ($b*) and 1 of ($d*)
}

rule Stealer_Discord_Telegram_Exfil
{
    meta:
        author = "acme-secops"
        description = "Exfiltration to Discord webhooks or Telegram bot API together with secret-looking collection"
        severity = "high"

    strings:
        $w1 = "discord.com/api/webhooks/" ascii wide
        $w2 = "discordapp.com/api/webhooks/" ascii wide
        $w3 = "api.telegram.org/bot" ascii wide
        $c1 = "process.env" ascii
        $c2 = "os.environ" ascii
        $c3 = "Local Storage/leveldb" ascii wide
        $c4 = "tokens" ascii nocase

    condition:
        1 of ($w*) and 2 of ($c*)
}

rule Stealer_Env_Dump_Post
{
    meta:
        description = "Serialises the whole environment and sends it over HTTP"
        severity = "medium"

    strings:
        $e1 = "JSON.stringify(process.env)" ascii
        $e2 = "json.dumps(dict(os.environ))" ascii
        $e3 = "env | curl" ascii
        $h1 = "http" ascii

    condition:
        1 of ($e*) and $h1
}
