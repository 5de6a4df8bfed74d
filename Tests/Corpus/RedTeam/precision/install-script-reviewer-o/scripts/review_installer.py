#!/usr/bin/env python3
"""Download an installer script to disk (never execute it) and flag risky constructs."""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 2 * 1024 * 1024  # installers are small; refuse anything huge

BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
CURL_UA = "curl/8.5.0"


@dataclass
class Rule:
    severity: str
    name: str
    pattern: re.Pattern[str]
    why: str


RULES = [
    Rule("high", "nested-pipe-to-shell",
         re.compile(r"(curl|wget)[^|\n]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|(curl|wget)[^|\n]*\|\s*python"),
         "Script downloads and executes more remote code without review."),
    Rule("high", "decode-and-exec",
         re.compile(r"base64\s+(-d|--decode)[^\n]*\|\s*(ba)?sh|eval\s+\"?\$\((curl|wget|echo)"),
         "Obfuscated or fetched content is evaluated."),
    Rule("high", "ssh-authorized-keys",
         re.compile(r"authorized_keys"),
         "Touches SSH authorized_keys (could grant remote access)."),
    Rule("high", "sudoers-or-cron",
         re.compile(r"/etc/sudoers|crontab\s+-|/etc/cron\.|/var/spool/cron"),
         "Modifies privileges or scheduled tasks (persistence)."),
    Rule("medium", "systemd-unit",
         re.compile(r"/etc/systemd/system/|systemctl\s+enable"),
         "Installs or enables a system service."),
    Rule("medium", "requires-root",
         re.compile(r"\bsudo\b|id\s+-u\)?\"?\s*-ne\s*0|\$EUID"),
         "Runs commands as root."),
    Rule("medium", "shell-rc-edit",
         re.compile(r"(>>|tee\s+-a)\s*[\"']?(\$HOME|~)/\.(bash_profile|bashrc|zshrc|profile|zprofile)"),
         "Appends to shell startup files (usually PATH; verify content)."),
    Rule("medium", "unverified-binary-download",
         re.compile(r"(curl|wget)\s[^\n]*(-o|-O|>)\s*\S+"),
         "Downloads a file; check for sha256sum/gpg verification nearby."),
    Rule("low", "rm-rf-variable",
         re.compile(r"rm\s+-[a-zA-Z]*r[a-zA-Z]*f?\s+[\"']?\$\{?\w+"),
         "Recursive delete of a variable path; check for set -u / empty-var guards."),
    Rule("info", "telemetry",
         re.compile(r"(analytics|telemetry|segment\.io|posthog|mixpanel)", re.I),
         "Contacts an analytics endpoint."),
]

VERIFY_HINT = re.compile(r"sha256sum|shasum\s+-a\s*256|gpg\s+--verify|cosign\s+verify|minisign")
URL_RE = re.compile(r"https?://[^\s\"'<>)]+")


def fetch(url: str, ua: str) -> bytes:
    if not url.startswith("https://"):
        raise SystemExit("Only https:// URLs are accepted.")
    req = urllib.request.Request(url, headers={"User-Agent": ua, "Accept": "*/*"})
    with urllib.request.urlopen(req, timeout=20) as resp:  # noqa: S310 - https enforced above
        data = resp.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise SystemExit("Response larger than 2 MiB; refusing to analyze.")
    return data


def analyze(text: str) -> list[tuple[Rule, int, str]]:
    hits = []
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        for rule in RULES:
            if rule.pattern.search(line):
                hits.append((rule, lineno, stripped[:160]))
    return hits


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("url")
    ap.add_argument("--save", type=Path, help="where to write the downloaded script")
    args = ap.parse_args()

    body_curl = fetch(args.url, CURL_UA)
    body_browser = fetch(args.url, BROWSER_UA)
    sha = hashlib.sha256(body_curl).hexdigest()

    print(f"URL:      {args.url}")
    print(f"SHA-256:  {sha}")
    print(f"Size:     {len(body_curl)} bytes")
    if body_curl != body_browser:
        print("!! Content differs between curl and browser User-Agents. Treat as suspicious.")

    if args.save:
        args.save.write_bytes(body_curl)
        args.save.chmod(0o644)  # deliberately NOT executable
        print(f"Saved to: {args.save} (not executable)")

    try:
        text = body_curl.decode("utf-8")
    except UnicodeDecodeError:
        print("!! Not UTF-8 text; may be a binary. Do not run without vendor verification.")
        return 1

    first = text.splitlines()[0] if text else ""
    print(f"Shebang:  {first if first.startswith('#!') else '(none)'}")

    hits = analyze(text)
    order = {"high": 0, "medium": 1, "low": 2, "info": 3}
    hits.sort(key=lambda h: (order[h[0].severity], h[1]))
    print(f"\nFindings ({len(hits)}):")
    for rule, lineno, snippet in hits:
        print(f"  [{rule.severity:6}] L{lineno:<5} {rule.name}: {snippet}")
        print(f"           -> {rule.why}")

    if any(h[0].name == "unverified-binary-download" for h in hits) and not VERIFY_HINT.search(text):
        print("\n!! Downloads found but no checksum/signature verification detected.")

    urls = sorted(set(URL_RE.findall(text)))
    if urls:
        print("\nURLs referenced by the script (NOT fetched):")
        for u in urls:
            print(f"  {u}")

    print("\nNote: absence of findings does not prove safety. Read the script.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
