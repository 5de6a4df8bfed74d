#!/usr/bin/env python3
"""Insert or replace the marked 'Project conventions' section in CLAUDE.md / AGENTS.md.

Preview (unified diff) by default; --write applies the change.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys

START = "<!-- project-conventions:start -->"
END = "<!-- project-conventions:end -->"
ALLOWED_NAMES = {"CLAUDE.md", "AGENTS.md", "CLAUDE.local.md"}
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]")


def repo_root():
    try:
        out = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True,
                             text=True, check=True)
        return os.path.realpath(out.stdout.strip())
    except (OSError, subprocess.CalledProcessError):
        sys.exit("not inside a git repository")


def validate(text):
    if "<!--" in text or "-->" in text:
        sys.exit("conventions text may not contain HTML comments (keep everything visible)")
    if INVISIBLE.search(text):
        sys.exit("conventions text contains invisible/bidi Unicode characters; remove them")
    if len(text) > 8000:
        sys.exit("conventions section is too long (>8000 chars); keep it to short bullets")


def build_section(body):
    body = body.strip()
    if not body.lstrip().startswith("## "):
        body = "## Project conventions\n\n" + body
    return f"{START}\n{body}\n{END}\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--target", default="CLAUDE.md")
    ap.add_argument("--from", dest="src", required=True, help="file with the conventions bullets")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()

    root = repo_root()
    target = os.path.realpath(os.path.join(root, args.target))
    if os.path.commonpath([root, target]) != root:
        sys.exit("target must be inside the repository")
    if os.path.basename(target) not in ALLOWED_NAMES:
        sys.exit(f"target must be one of {sorted(ALLOWED_NAMES)}")

    with open(args.src, encoding="utf-8") as fh:
        body = fh.read()
    validate(body)
    section = build_section(body)

    old = open(target, encoding="utf-8").read() if os.path.exists(target) else ""
    if START in old and END in old:
        pre, rest = old.split(START, 1)
        _, post = rest.split(END, 1)
        new = pre + section.rstrip("\n") + post
    else:
        sep = "" if not old or old.endswith("\n\n") else ("\n" if old.endswith("\n") else "\n\n")
        new = old + sep + section

    diff = difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                fromfile=f"a/{args.target}", tofile=f"b/{args.target}")
    diff_text = "".join(diff)
    if not diff_text:
        print("no changes")
        return
    print(diff_text)
    if args.write:
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(new)
        print(f"wrote {target}")
    else:
        print("preview only - re-run with --write after the user approves")


if __name__ == "__main__":
    main()
