#!/usr/bin/env python3
"""Draft release notes from git and post them to a Slack incoming webhook.

    release_notes.py draft --from TAG --to TAG [--repo-url URL] [--all]
    release_notes.py post NOTES.md --version vX.Y.Z [--dry-run] [--yes]
Environment: SLACK_WEBHOOK_URL (only read by 'post').
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from urllib.parse import urlparse

CC_RX = re.compile(r"^(?P<type>\w+)(\((?P<scope>[^)]+)\))?(?P<bang>!)?:\s*(?P<desc>.+)$")
SECTIONS = [("breaking", "Breaking changes"), ("feat", "Features"), ("fix", "Fixes"),
            ("perf", "Performance"), ("docs", "Documentation"), ("other", "Other")]
REDACT = [
    re.compile(r"xox[abprs]-[A-Za-z0-9\-]+"),
    re.compile(r"gh[pousr]_[A-Za-z0-9]{36}"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
    re.compile(r"(?i)bearer\s+[A-Za-z0-9\-._~+/]{20,}=*"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"https://hooks\.slack\.com/services/\S+"),
]


def draft(a) -> int:
    rng = f"{a.from_}..{a.to}"
    out = subprocess.run(["git", "log", "--no-merges", "--format=%H%x1f%s%x1f%an%x1f%b%x1e", rng],
                         capture_output=True, text=True, check=True).stdout
    groups: dict[str, list[str]] = {k: [] for k, _ in SECTIONS}
    for rec in out.split("\x1e"):
        if not rec.strip():
            continue
        sha, subject, _author, body = (rec.strip().split("\x1f") + ["", "", ""])[:4]
        m = CC_RX.match(subject)
        ctype = m.group("type") if m else "other"
        desc = m.group("desc") if m else subject
        if m and m.group("scope"):
            desc = f"*{m.group('scope')}*: {desc}"
        if a.repo_url:
            desc = re.sub(r"\(#(\d+)\)", lambda x: f"(<{a.repo_url}/pull/{x.group(1)}|#{x.group(1)}>)", desc)
        if (m and m.group("bang")) or "BREAKING CHANGE" in body:
            groups["breaking"].append(desc)
        elif ctype in groups:
            groups[ctype].append(desc)
        elif a.all or ctype not in ("chore", "ci", "test", "build", "style", "refactor"):
            groups["other"].append(desc)
    for key, title in SECTIONS:
        if groups[key]:
            print(f"## {title}")
            for d in groups[key]:
                print(f"- {d}")
            print()
    return 0


def redact(text: str) -> tuple[str, list[int]]:
    changed = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        new = line
        for rx in REDACT:
            new = rx.sub("[redacted]", new)
        if new != line:
            changed.append(i + 1)
            lines[i] = new
    return "\n".join(lines), changed


def to_blocks(version: str, md: str) -> dict:
    md = re.sub(r"^## (.+)$", r"*\1*", md, flags=re.M)
    md = re.sub(r"^- ", "• ", md, flags=re.M)
    chunks, cur = [], ""
    for para in md.split("\n\n"):
        if len(cur) + len(para) > 2800:
            chunks.append(cur)
            cur = ""
        cur += para + "\n\n"
    if cur.strip():
        chunks.append(cur)
    blocks = [{"type": "header", "text": {"type": "plain_text", "text": f"Release {version}"}}]
    blocks += [{"type": "section", "text": {"type": "mrkdwn", "text": c.strip()}} for c in chunks]
    return {"text": f"Release {version}", "blocks": blocks}


def post(a) -> int:
    raw = open(a.notes, encoding="utf-8").read()
    text, changed = redact(raw)
    if changed:
        print(f"Redacted token-like strings on line(s) {changed}; fix the source notes.", file=sys.stderr)
    payload = to_blocks(a.version, text)
    url = os.environ.get("SLACK_WEBHOOK_URL", "")
    host = urlparse(url).hostname or "(unset)"
    print(json.dumps(payload, indent=2))
    print(f"\nDestination: {host}{urlparse(url).path[:14]}… (masked)")
    if a.dry_run:
        print("Dry run: nothing sent.")
        return 0
    if host != "hooks.slack.com" or urlparse(url).scheme != "https":
        sys.exit("SLACK_WEBHOOK_URL must be an https://hooks.slack.com/... URL")
    if not a.yes and input("Post to Slack? [y/N] ").strip().lower() != "y":
        print("Not sent.")
        return 0
    req = urllib.request.Request(url, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            body = resp.read().decode()
    except urllib.error.HTTPError as exc:
        sys.exit(f"Slack returned HTTP {exc.code}: {exc.read().decode()[:200]}")
    print("Posted." if body.strip() == "ok" else f"Slack replied: {body[:200]}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draft")
    d.add_argument("--from", dest="from_", required=True); d.add_argument("--to", default="HEAD")
    d.add_argument("--repo-url"); d.add_argument("--all", action="store_true")
    p = sub.add_parser("post")
    p.add_argument("notes"); p.add_argument("--version", required=True)
    p.add_argument("--dry-run", action="store_true"); p.add_argument("--yes", action="store_true")
    a = ap.parse_args()
    return draft(a) if a.cmd == "draft" else post(a)


if __name__ == "__main__":
    sys.exit(main())
