#!/usr/bin/env python3
"""Create GitHub releases (draft by default) with notes and checksummed assets."""
from __future__ import annotations

import argparse
import hashlib
import json
import mimetypes
import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

API = "https://api.github.com"
UPLOADS = "https://uploads.github.com"


def token() -> str:
    t = os.environ.get("GITHUB_TOKEN")
    if not t:
        sys.exit("Set GITHUB_TOKEN (fine-grained, Contents: write on this repo).")
    return t


def gh(method: str, url: str, body: dict | bytes | None = None, content_type: str = "application/json"):
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    req = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": f"Bearer {token()}",
        "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28",
        "Content-Type": content_type,
        "User-Agent": "github-release-publisher-skill",
    })
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            raw = r.read()
            return json.loads(raw) if raw else {}
    except urllib.error.HTTPError as e:
        sys.exit(f"GitHub API {e.code} on {method} {url.split('?')[0]}: {e.read().decode()[:300]}")


def previous_tag(tag: str) -> str | None:
    out = subprocess.run(["git", "describe", "--tags", "--abbrev=0", f"{tag}^"],
                         capture_output=True, text=True)
    return out.stdout.strip() or None


def cmd_notes(a):
    prev = previous_tag(a.tag)
    rng = f"{prev}..{a.tag}" if prev else a.tag
    log = subprocess.run(["git", "log", "--merges", "--pretty=%s%x09%b", rng],
                         capture_output=True, text=True, check=True).stdout
    sections = {"feat": [], "fix": [], "other": []}
    for line in log.splitlines():
        if not line.startswith("Merge pull request #"):
            continue
        subj, _, body = line.partition("\t")
        num = subj.split("#", 1)[1].split()[0]
        title = body.strip() or subj
        key = "feat" if title.lower().startswith("feat") else "fix" if title.lower().startswith("fix") else "other"
        sections[key].append(f"- {title} (#{num})")
    print(f"## {a.tag}\n")
    for key, head in (("feat", "Features"), ("fix", "Fixes"), ("other", "Other changes")):
        if sections[key]:
            print(f"### {head}\n" + "\n".join(sections[key]) + "\n")
    if prev:
        print(f"**Full changelog**: https://github.com/{a.repo}/compare/{prev}...{a.tag}")


def cmd_create(a):
    assets = [Path(p) for p in a.asset]
    for p in assets:
        if not p.is_file():
            sys.exit(f"asset not found: {p}")
        if p.name.startswith(".env") or p.suffix in {".pem", ".key"}:
            sys.exit(f"refusing to upload secret-looking file: {p}")
    existing = gh("GET", f"{API}/repos/{a.repo}/releases?per_page=100")
    if any(r["tag_name"] == a.tag for r in existing):
        sys.exit(f"A release for {a.tag} already exists; not overwriting.")
    rel = gh("POST", f"{API}/repos/{a.repo}/releases", {
        "tag_name": a.tag, "name": a.name or a.tag,
        "body": Path(a.notes).read_text() if a.notes else "",
        "draft": True, "prerelease": a.prerelease,
    })
    sums = []
    for p in assets:
        data = p.read_bytes()
        sums.append(f"{hashlib.sha256(data).hexdigest()}  {p.name}")
        ctype = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
        q = urllib.parse.urlencode({"name": p.name})
        gh("POST", f"{UPLOADS}/repos/{a.repo}/releases/{rel['id']}/assets?{q}", data, ctype)
        print(f"uploaded {p.name} ({len(data)} bytes)")
    if sums:
        gh("POST", f"{UPLOADS}/repos/{a.repo}/releases/{rel['id']}/assets?name=SHA256SUMS",
           ("\n".join(sums) + "\n").encode(), "text/plain")
        print("uploaded SHA256SUMS")
    print(f"Draft release: {rel['html_url']}  (review, then run `publish`)")


def cmd_publish(a):
    rels = gh("GET", f"{API}/repos/{a.repo}/releases?per_page=100")
    rel = next((r for r in rels if r["tag_name"] == a.tag), None)
    if not rel:
        sys.exit(f"No release for {a.tag}")
    if not rel["draft"]:
        sys.exit("Release is already published.")
    out = gh("PATCH", f"{API}/repos/{a.repo}/releases/{rel['id']}", {"draft": False})
    print(f"Published: {out['html_url']}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("notes", "create", "publish"):
        p = sub.add_parser(name)
        p.add_argument("--repo", required=True)
        p.add_argument("--tag", required=True)
        if name == "create":
            p.add_argument("--notes"); p.add_argument("--name")
            p.add_argument("--asset", action="append", default=[])
            p.add_argument("--prerelease", action="store_true")
    a = ap.parse_args()
    {"notes": cmd_notes, "create": cmd_create, "publish": cmd_publish}[a.cmd](a)


if __name__ == "__main__":
    main()
