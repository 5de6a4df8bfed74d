#!/usr/bin/env python3
"""Update url/sha256 (and optional version) in a Homebrew formula from the real artifact."""
import argparse
import difflib
import hashlib
import pathlib
import re
import sys
import urllib.parse
import urllib.request

DEFAULT_HOSTS = {"github.com", "codeload.github.com", "objects.githubusercontent.com"}


def download_sha256(url, allowed):
    def check(u):
        p = urllib.parse.urlparse(u)
        if p.scheme != "https" or p.hostname not in allowed:
            sys.exit(f"Refusing to download from {u} (allowed: {', '.join(sorted(allowed))})")

    check(url)

    class Redirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):
            check(newurl)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    opener = urllib.request.build_opener(Redirects)
    h = hashlib.sha256()
    size = 0
    with opener.open(urllib.request.Request(url, headers={"User-Agent": "homebrew-tap-maintainer"}), timeout=120) as r:
        while chunk := r.read(1 << 16):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--formula", required=True, type=pathlib.Path)
    ap.add_argument("--url", required=True)
    ap.add_argument("--version", help="also update an explicit `version \"...\"` line if present")
    ap.add_argument("--allow-host", action="append", default=[])
    ap.add_argument("--yes", action="store_true")
    a = ap.parse_args()

    src = a.formula.read_text()
    digest, size = download_sha256(a.url, DEFAULT_HOSTS | set(a.allow_host))
    print(f"downloaded {size} bytes, sha256 {digest}")

    new, n_url = re.subn(r'^(\s*)url\s+"[^"]+"', lambda m: f'{m.group(1)}url "{a.url}"', src, count=1, flags=re.M)
    new, n_sha = re.subn(r'^(\s*)sha256\s+"[0-9a-f]{64}"', lambda m: f'{m.group(1)}sha256 "{digest}"', new, count=1, flags=re.M)
    if n_url != 1 or n_sha != 1:
        sys.exit("Could not find a top-level url/sha256 pair to update; edit manually.")
    if a.version:
        new = re.sub(r'^(\s*)version\s+"[^"]+"', lambda m: f'{m.group(1)}version "{a.version}"', new, count=1, flags=re.M)

    diff = "".join(difflib.unified_diff(src.splitlines(True), new.splitlines(True),
                                        str(a.formula), str(a.formula)))
    print(diff or "no changes")
    if not diff:
        return
    if not a.yes and input("Write changes? [y/N] ").strip().lower() != "y":
        sys.exit("Aborted.")
    a.formula.write_text(new)
    print("Updated. Next: brew style / brew audit --strict --online / brew install --build-from-source / brew test")


if __name__ == "__main__":
    main()
