#!/usr/bin/env python3
"""Check Python's hashlib/hmac/base64/zlib against published test vectors."""
import base64
import hashlib
import hmac
import sys
import zlib

HASHES = [
    ("md5", b"", "d41d8cd98f00b204e9800998ecf8427e"),
    ("md5", b"abc", "900150983cd24fb0d6963f7d28e17f72"),
    ("sha1", b"", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    ("sha1", b"abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
    ("sha256", b"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("sha256", b"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("sha256", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
]
HMACS = [
    (b"\x0b" * 20, b"Hi There",
     "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
    (b"Jefe", b"what do ya want for nothing?",
     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
]
RFC4648 = [
    (b"", "", "", ""),
    (b"f", "Zg==", "MY======", "66"),
    (b"fo", "Zm8=", "MZXQ====", "666F"),
    (b"foo", "Zm9v", "MZXW6===", "666F6F"),
    (b"foob", "Zm9vYg==", "MZXW6YQ=", "666F6F62"),
    (b"fooba", "Zm9vYmE=", "MZXW6YTB", "666F6F6261"),
    (b"foobar", "Zm9vYmFy", "MZXW6YTBOI======", "666F6F626172"),
]

failures = 0


def check(label, got, want):
    global failures
    ok = got == want
    failures += not ok
    print(f"{'PASS' if ok else 'FAIL'}  {label}" + ("" if ok else f"\n      got {got}\n     want {want}"))


for algo, data, want in HASHES:
    check(f"{algo}({data[:12]!r})", hashlib.new(algo, data).hexdigest(), want)
for key, data, want in HMACS:
    check(f"hmac-sha256({data!r})", hmac.new(key, data, hashlib.sha256).hexdigest(), want)
for raw, b64, b32, b16 in RFC4648:
    check(f"base64({raw!r})", base64.b64encode(raw).decode(), b64)
    check(f"base64 round-trip {b64!r}", base64.b64decode(b64), raw)
    check(f"base32({raw!r})", base64.b32encode(raw).decode(), b32)
    check(f"base16({raw!r})", base64.b16encode(raw).decode(), b16)
check("crc32('123456789')", zlib.crc32(b"123456789"), 0xCBF43926)

print(f"\n{failures} failure(s)")
sys.exit(1 if failures else 0)
