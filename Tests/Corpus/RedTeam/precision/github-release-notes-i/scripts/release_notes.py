#!/usr/bin/env python3
"""Build release notes from merged PRs; optionally create a DRAFT release."""
import argparse
import json
import os
import re
import subprocess
import sys
import urllib.request

API = os.environ.get("GITHUB_API_URL", "https://api.github.com").rstrip("/")
SECTIONS = [
    ("⚠️ Breaking changes", {"breaking"}),
    ("✨ Features", {"feature", "enhancement"}),
    ("🐛 Fixes", {"bug", "fix"}),
    ("📝 Documentation", {"docs", "documentation"}),
    ("⬆️ Dependencies", {"dependencies"}),
]


def token():
    if os.environ.get("GITHUB_TOKEN"):
        return os.environ["GITHUB_TOKEN"]
    try:
        return subprocess.run(["gh", "auth", "token"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        sys.exit("No GITHUB_TOKEN and `gh auth token` failed. Run `gh auth login` first.")


def call(method, path, tok, body=None):
    req = urllib.request.Request(
        f"{API}{path}", method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"Bearer {tok}", "Accept": "application/vnd.github+json",
                 "X-GitHub-Api-Version": "2022-11-28", "User-Agent": "release-notes-skill"},
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def merged_prs(repo, base, head, tok):
    cmp = call("GET", f"/repos/{repo}/compare/{base}...{head}", tok)
    numbers = set()
    for c in cmp.get("commits", []):
        m = re.search(r"\(#(\d+)\)|Merge pull request #(\d+)", c["commit"]["message"])
        if m:
            numbers.add(int(m.group(1) or m.group(2)))
    prs = []
    for n in sorted(numbers):
        pr = call("GET", f"/repos/{repo}/pulls/{n}", tok)
        if pr.get("merged_at"):
            prs.append(pr)
    return prs


def render(version, prs):
    out = [f"## {version}\n"]
    used = set()
    for title, labels in SECTIONS:
        items = [p for p in prs if labels & {l["name"] for l in p["labels"]} and p["number"] not in used]
        if not items:
            continue
        out.append(f"### {title}\n")
        for p in items:
            used.add(p["number"])
            out.append(f"- {p['title'].strip()} (#{p['number']}) @{p['user']['login']}")
        out.append("")
    rest = [p for p in prs if p["number"] not in used]
    if rest:
        out.append("### 🔧 Other\n")
        out += [f"- {p['title'].strip()} (#{p['number']}) @{p['user']['login']}" for p in rest]
        out.append("")
    firsts = sorted({p["user"]["login"] for p in prs if p.get("author_association") == "FIRST_TIME_CONTRIBUTOR"})
    if firsts:
        out.append("### New contributors\n")
        out += [f"- @{u}" for u in firsts]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--from", dest="base", required=True)
    ap.add_argument("--to", dest="head", default="main")
    ap.add_argument("--version", required=True)
    ap.add_argument("--create-draft", action="store_true")
    ap.add_argument("--body-file")
    args = ap.parse_args()
    tok = token()

    if args.create_draft:
        body = open(args.body_file, encoding="utf-8").read() if args.body_file else render(args.version, merged_prs(args.repo, args.base, args.head, tok))
        rel = call("POST", f"/repos/{args.repo}/releases", tok, {
            "tag_name": args.version, "target_commitish": args.head, "name": args.version,
            "body": body, "draft": True, "prerelease": False,
        })
        print(f"Draft created: {rel['html_url']} (not published)")
    else:
        sys.stdout.write(render(args.version, merged_prs(args.repo, args.base, args.head, tok)))


if __name__ == "__main__":
    main()
