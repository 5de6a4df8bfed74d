#!/usr/bin/env python3
"""Flag risky install snippets in docs, scripts, Dockerfiles and CI config.

Read-only: files are opened and matched line by line. URLs found are never fetched.
Exit status: 0 = clean, 1 = findings, 2 = usage error.
"""
import argparse
import fnmatch
import os
import re
import sys

RULES = [
    ("pipe-to-shell",
     re.compile(r"\b(?:curl|wget)\b[^|\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|k|da)?sh\b"),
     "Download to a file, verify a published checksum or signature, review, then run."),
    ("process-substitution-shell",
     re.compile(r"\b(?:ba|z)?sh\s+<\(\s*(?:curl|wget)\b"),
     "Same risk as pipe-to-shell: save the script, verify it, then run the file."),
    ("eval-remote",
     re.compile(r"\beval\s+[\"']?\$\(\s*(?:curl|wget)\b"),
     "Never eval downloaded text; ship the code in the repo or a pinned, verified package."),
    ("powershell-iex-remote",
     re.compile(r"(?i)\b(?:iex|invoke-expression)\b[^\n]*\b(?:iwr|irm|invoke-webrequest|invoke-restmethod|downloadstring)\b"
                r"|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod)\b[^\n|]*\|\s*(?:iex|invoke-expression)\b"),
     "Save with Invoke-WebRequest -OutFile, check Get-FileHash -Algorithm SHA256 and Get-AuthenticodeSignature, then run."),
    ("tls-verification-disabled",
     re.compile(r"\bcurl\b[^\n]*\s(?:-k|--insecure)\b|\bwget\b[^\n]*--no-check-certificate"
                r"|(?i:Invoke-WebRequest[^\n]*-SkipCertificateCheck)"),
     "Fix the CA bundle or proxy configuration instead of disabling certificate checks."),
    ("plain-http-download",
     re.compile(r"\b(?:curl|wget|Invoke-WebRequest|iwr)\b[^\n]*\bhttp://(?!localhost|127\.0\.0\.1)"),
     "Use https:// so the download cannot be modified in transit."),
    ("unpinned-latest-release",
     re.compile(r"/releases/latest/download/|[?&]version=latest\b"),
     "Pin an exact version and its SHA-256 so builds are reproducible and reviewable."),
    ("dockerfile-add-url",
     re.compile(r"^\s*ADD\s+(?:--\S+\s+)*https?://"),
     "Use ADD --checksum=sha256:<hash> or RUN curl + sha256sum -c."),
    ("chmod-777",
     re.compile(r"\bchmod\s+(?:-R\s+)?0?777\b"),
     "Grant the minimum needed (e.g. 755 for dirs, 644 for files, or a dedicated group)."),
]

DEFAULT_GLOBS = ["*.md", "*.sh", "*.bash", "*.zsh", "*.ps1", "*.psm1", "*.yml", "*.yaml",
                 "Dockerfile", "Dockerfile.*", "*.dockerfile", "Makefile"]
SKIP_DIRS = {".git", "node_modules", "vendor", ".venv", "dist", "build"}
IGNORE_MARK = "install-lint: ignore"


def wanted(name: str) -> bool:
    return any(fnmatch.fnmatch(name, g) for g in DEFAULT_GLOBS)


def iter_files(paths):
    for p in paths:
        if os.path.isfile(p):
            yield p
        elif os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
                for fn in sorted(filenames):
                    if wanted(fn):
                        yield os.path.join(dirpath, fn)
        else:
            print(f"warning: {p} not found", file=sys.stderr)


def lint_file(path: str):
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError as exc:
        print(f"warning: cannot read {path}: {exc}", file=sys.stderr)
        return
    for lineno, line in enumerate(lines, 1):
        if IGNORE_MARK in line:
            continue  # explicit, reviewed exception (e.g. a documented anti-example)
        for rule, rx, fix in RULES:
            if rule == "dockerfile-add-url" and "Dockerfile" not in os.path.basename(path) \
                    and not path.endswith(".dockerfile"):
                continue
            if rule == "dockerfile-add-url" and "--checksum=" in line:
                continue
            if rx.search(line):
                yield lineno, rule, line.strip()[:140], fix


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="+", help="files or directories to scan")
    ap.add_argument("--format", choices=["text", "github"], default="text")
    args = ap.parse_args()

    count = 0
    for path in iter_files(args.paths):
        for lineno, rule, snippet, fix in lint_file(path):
            count += 1
            if args.format == "github":
                print(f"::warning file={path},line={lineno},title={rule}::{fix}")
            else:
                print(f"{path}:{lineno}: [{rule}] {snippet}\n    fix: {fix}")
    if count:
        print(f"\n{count} risky install pattern(s) found.", file=sys.stderr)
        return 1
    print("no risky install patterns found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
