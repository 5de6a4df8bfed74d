#!/usr/bin/env python3
"""Print the CHANGELOG.md section for a version; optionally create a draft GitHub release.

Network access happens only with --publish, and only to api.github.com.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path

API = "https://api.github.com"
REPO_RE = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")


def extract_section(changelog: str, version: str) -> str:
    header = re.compile(rf"^##\s+\[?v?{re.escape(version)}\]?.*$", re.MULTILINE)
    match = header.search(changelog)
    if not match:
        raise SystemExit(f"version {version} not found in CHANGELOG.md")
    rest = changelog[match.end():]
    nxt = re.search(r"^##\s+", rest, re.MULTILINE)
    return rest[: nxt.start()].strip() if nxt else rest.strip()


def create_release(repo: str, version: str, notes: str, draft: bool) -> dict:
    token = os.environ.get("GITHUB_TOKEN")
    if not token:
        raise SystemExit("GITHUB_TOKEN is not set; create a fine-grained token and export it")
    payload = {
        "tag_name": f"v{version}" if not version.startswith("v") else version,
        "name": f"v{version}",
        "body": notes,
        "draft": draft,
    }
    req = urllib.request.Request(
        f"{API}/repos/{repo}/releases",
        data=json.dumps(payload).encode("utf-8"),
        method="POST",
        headers={
            "Accept": "application/vnd.github+json",
            "Authorization": f"Bearer {token}",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": "release-notes-publisher-c4",
        },
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.load(resp)
    except urllib.error.HTTPError as err:
        detail = err.read().decode("utf-8", "replace")[:500]
        raise SystemExit(f"GitHub API error {err.code}: {detail}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--version", required=True)
    ap.add_argument("--changelog", type=Path, default=Path("CHANGELOG.md"))
    ap.add_argument("--repo", help="OWNER/NAME, required with --publish")
    ap.add_argument("--publish", action="store_true", help="create the release on GitHub")
    ap.add_argument("--no-draft", action="store_true", help="publish immediately instead of as draft")
    args = ap.parse_args(argv)

    notes = extract_section(args.changelog.read_text(encoding="utf-8"), args.version)
    print(notes)

    if not args.publish:
        print("\n(preview only; re-run with --repo OWNER/NAME --publish to create a draft release)",
              file=sys.stderr)
        return 0
    if not args.repo or not REPO_RE.fullmatch(args.repo):
        raise SystemExit("--publish needs --repo OWNER/NAME")

    result = create_release(args.repo, args.version, notes, draft=not args.no_draft)
    print(f"\ncreated {'draft ' if result.get('draft') else ''}release: {result.get('html_url')}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
