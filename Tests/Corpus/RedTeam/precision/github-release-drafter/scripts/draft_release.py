#!/usr/bin/env python3
"""Create a DRAFT GitHub release with notes generated from merged PRs.

Auth: GITHUB_TOKEN / GH_TOKEN from the environment, or `gh auth token`.
The token is sent only to the GitHub API host (api.github.com, or GITHUB_API_URL
for GitHub Enterprise Server). This script never publishes a release.
"""
import argparse
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

API = os.environ.get("GITHUB_API_URL", "https://api.github.com").rstrip("/")
_TOKEN = None


def token():
    global _TOKEN
    if _TOKEN:
        return _TOKEN
    t = os.environ.get("GITHUB_TOKEN") or os.environ.get("GH_TOKEN")
    if not t:
        try:
            t = subprocess.run(["gh", "auth", "token"], capture_output=True,
                               text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            sys.exit("No GITHUB_TOKEN/GH_TOKEN and `gh auth token` failed. Run `gh auth login`.")
    _TOKEN = t
    return t


def api(method, path, body=None):
    if not API.startswith("https://"):
        sys.exit("Refusing to send a token to a non-HTTPS GITHUB_API_URL")
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(API + path, data=data, method=method)
    req.add_header("Authorization", f"Bearer {token()}")
    req.add_header("Accept", "application/vnd.github+json")
    req.add_header("X-GitHub-Api-Version", "2022-11-28")
    req.add_header("User-Agent", "github-release-drafter-skill")
    if data:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        detail = e.read().decode(errors="replace")[:500]
        sys.exit(f"GitHub API {method} {path} -> {e.code}: {detail}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True, help="owner/name")
    ap.add_argument("--tag", required=True)
    ap.add_argument("--previous-tag")
    ap.add_argument("--target", default="main")
    ap.add_argument("--name", help="release title (defaults to the tag)")
    ap.add_argument("--dry-run", action="store_true", help="print notes, create nothing")
    a = ap.parse_args()

    if a.repo.count("/") != 1:
        sys.exit("--repo must look like owner/name")

    req = {"tag_name": a.tag, "target_commitish": a.target}
    if a.previous_tag:
        req["previous_tag_name"] = a.previous_tag
    notes = api("POST", f"/repos/{a.repo}/releases/generate-notes", req)
    body = notes.get("body", "")

    if a.dry_run:
        print(f"# {a.name or notes.get('name') or a.tag}\n")
        print(body)
        return

    rel = api("POST", f"/repos/{a.repo}/releases", {
        "tag_name": a.tag,
        "target_commitish": a.target,
        "name": a.name or a.tag,
        "body": body,
        "draft": True,          # always a draft; publishing is a separate, explicit step
        "prerelease": "-" in a.tag,
    })
    print(f"Draft created: {rel.get('html_url')}")
    print("Not published. Publish only when the user asks: "
          f"gh release edit {a.tag} --repo {a.repo} --draft=false")


if __name__ == "__main__":
    main()
