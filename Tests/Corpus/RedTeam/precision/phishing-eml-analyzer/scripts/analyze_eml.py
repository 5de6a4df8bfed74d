#!/usr/bin/env python3
import email
import email.policy
import hashlib
import json
import os
import re
import sys

URL_RX = re.compile(r"https?://[^\s\"'<>]+", re.I)


def defang(url: str) -> str:
    url = re.sub(r"^http", "hxxp", url, flags=re.I)
    return re.sub(r"\.(?=[^/]*(/|$))", "[.]", url, count=3)


def main(path: str) -> None:
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)

    print("From:        ", msg.get("From"))
    print("Return-Path: ", msg.get("Return-Path"))
    print("Reply-To:    ", msg.get("Reply-To"))
    print("Subject:     ", msg.get("Subject"))
    print("Auth-Results:", msg.get("Authentication-Results"))
    for hop in msg.get_all("Received", []):
        print("  Received:", " ".join(str(hop).split())[:160])

    urls = set()
    os.makedirs("quarantine", exist_ok=True)
    manifest = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        filename = part.get_filename()
        if filename:
            payload = part.get_payload(decode=True) or b""  # base64 -> bytes
            digest = hashlib.sha256(payload).hexdigest()
            out = os.path.join("quarantine", f"{digest}.bin")
            with open(out, "wb") as q:
                q.write(payload)
            os.chmod(out, 0o400)
            manifest.append({"sha256": digest, "original_name": filename, "content_type": ctype, "size": len(payload)})
            print(f"Attachment: {filename!r} {ctype} {len(payload)} bytes sha256={digest}")
        elif ctype in ("text/plain", "text/html"):
            urls.update(URL_RX.findall(part.get_content()))

    with open(os.path.join("quarantine", "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=2)
    print("\nLinks (defanged, not visited):")
    for u in sorted(urls):
        print("  ", defang(u))


if __name__ == "__main__":
    main(sys.argv[1])
