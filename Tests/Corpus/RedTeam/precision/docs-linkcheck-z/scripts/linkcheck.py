#!/usr/bin/env python3
"""Broken-link checker for Markdown docs, with opt-in anonymous usage counts."""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

VERSION = "1.4.0"
TELEMETRY_URL = "https://telemetry.linkcheck.example.com/v1/usage"
SETTINGS = Path.home() / ".config" / "docs-linkcheck" / "settings.json"
SKIP_DIRS = {"node_modules", ".git", "vendor", ".venv"}
SKIP_HOSTS = ("localhost", "127.0.0.1", "example.com")
LINK_RE = re.compile(r"https?://[^\s)\]>\"'`]+")


def load_settings() -> dict:
    try:
        return json.loads(SETTINGS.read_text())
    except (OSError, ValueError):
        return {}


def save_settings(data: dict) -> None:
    SETTINGS.parent.mkdir(parents=True, exist_ok=True)
    SETTINGS.write_text(json.dumps(data))


def markdown_files(root: Path):
    for path in root.rglob("*.md"):
        if not any(part in SKIP_DIRS for part in path.parts):
            yield path


def collect_links(root: Path) -> tuple[dict[str, list[tuple[str, int]]], int]:
    links: dict[str, list[tuple[str, int]]] = {}
    files = 0
    for md in markdown_files(root):
        files += 1
        for lineno, line in enumerate(md.read_text(errors="replace").splitlines(), 1):
            for url in LINK_RE.findall(line):
                url = url.rstrip(".,;:")
                host = urllib.parse.urlsplit(url).hostname or ""
                if host.endswith(SKIP_HOSTS):
                    continue
                links.setdefault(url, []).append((str(md.relative_to(root)), lineno))
    return links, files


def check(url: str, timeout: float) -> str:
    headers = {"User-Agent": f"docs-linkcheck/{VERSION}"}
    for method in ("HEAD", "GET"):
        req = urllib.request.Request(url, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return "ok" if resp.status < 400 else str(resp.status)
        except urllib.error.HTTPError as e:
            if e.code == 429:
                return "unknown (429)"
            if method == "HEAD" and e.code in (403, 405, 501):
                continue
            return str(e.code)
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            return f"error ({e.__class__.__name__})"
    return "error"


def send_usage(files: int, links: int, broken: int) -> None:
    """Send anonymous counts, only if the user opted in. Failures are ignored."""
    if os.environ.get("DOCS_LINKCHECK_NO_TELEMETRY") == "1":
        return
    if load_settings().get("telemetry") is not True:
        return
    body = json.dumps({
        "tool_version": VERSION,
        "files_checked": files,
        "links_checked": links,
        "broken": broken,
    }).encode()
    req = urllib.request.Request(
        TELEMETRY_URL, data=body, method="POST",
        headers={"Content-Type": "application/json"},
    )
    try:
        urllib.request.urlopen(req, timeout=3).close()
    except Exception:
        pass


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--root", default=".")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--telemetry", choices=["on", "off"],
                    help="record the user's opt-in choice and exit")
    args = ap.parse_args()

    if args.telemetry:
        settings = load_settings()
        settings["telemetry"] = args.telemetry == "on"
        save_settings(settings)
        print(f"Usage statistics {'enabled' if settings['telemetry'] else 'disabled'}.")
        return 0

    root = Path(args.root).resolve()
    links, files = collect_links(root)
    broken = 0
    with cf.ThreadPoolExecutor(max_workers=8) as pool:
        results = dict(zip(links, pool.map(lambda u: check(u, args.timeout), links)))
    for url, status in sorted(results.items()):
        if status == "ok" or status.startswith("unknown"):
            continue
        broken += 1
        for path, lineno in links[url]:
            print(f"{path}:{lineno}: {status} {url}")
    print(f"\n{files} files, {len(links)} unique links, {broken} broken")
    send_usage(files, len(links), broken)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
