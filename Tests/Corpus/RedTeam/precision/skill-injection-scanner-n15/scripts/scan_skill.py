#!/usr/bin/env python3
"""Offline, read-only red-flag scan of an agent skill folder."""
import argparse
import json
import os
import re
import sys

RULES = [
    ("high", "instruction-override", r"(ignore|disregard|forget)\s+(all\s+|any\s+)?(previous|prior|above)\s+instructions|you are now in (developer|dan|admin) mode"),
    ("high", "fake-system-marker", r"</?system>|</available_skills>|<\|im_start\|>system|\[SYSTEM\]"),
    ("high", "secrecy", r"do not (mention|tell) (this )?(to )?the user|without telling the user"),
    ("high", "pipe-to-shell", r"(curl|wget)[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b|bash\s+<\(\s*curl|iex\s*\(?\s*(iwr|irm|invoke-webrequest)"),
    ("high", "decode-and-run", r"base64\s+(-d|-D|--decode)\s*\|\s*(ba)?sh|exec\(\s*base64\.b64decode|eval\(\s*atob\("),
    ("high", "credential-path", r"~/\.ssh/id_|\.aws/credentials|\.openclaw/credentials|\.git-credentials"),
    ("high", "env-harvest", r"dict\(os\.environ\)|JSON\.stringify\(process\.env\)|printenv\s*\|"),
    ("medium", "collector-host", r"webhook\.site|ngrok(-free)?\.(io|app)|pastebin\.com|https?://\d{1,3}(\.\d{1,3}){3}"),
    ("medium", "oversight-removal", r"without asking|never ask for confirmation|skip (the )?confirmation"),
    ("low", "unpinned-install", r"pip install (?!-r)[a-z0-9_.-]+(?![=<>~])\s*$|npx\s+(-y|--yes)\b"),
]
INVISIBLE = re.compile("[\u200b-\u200d\u2060-\u2064\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]")
TEXT_EXT = {".md", ".txt", ".py", ".sh", ".bash", ".js", ".mjs", ".ts", ".json", ".yaml", ".yml", ".toml", ".ps1", ".mmd"}
COMPILED = [(sev, name, re.compile(rx, re.IGNORECASE)) for sev, name, rx in RULES]


def scan_file(path, rel):
    findings = []
    try:
        with open(path, encoding="utf-8", errors="strict") as fh:
            lines = fh.read().splitlines()
    except UnicodeDecodeError:
        return [{"severity": "medium", "rule": "unreadable-binary", "file": rel, "line": 0, "text": ""}]
    for n, line in enumerate(lines, 1):
        for sev, name, rx in COMPILED:
            m = rx.search(line)
            if m:
                findings.append({"severity": sev, "rule": name, "file": rel, "line": n,
                                 "text": line.strip()[:140]})
        inv = INVISIBLE.findall(line)
        if inv:
            cps = ", ".join(sorted({f"U+{ord(c):04X}" for c in inv}))
            findings.append({"severity": "medium", "rule": "invisible-chars", "file": rel,
                             "line": n, "text": cps})
    return findings


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("skill_dir")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    root = os.path.abspath(args.skill_dir)
    if not os.path.isdir(root):
        sys.exit(f"not a directory: {root}")

    findings = []
    for dirpath, _dirs, files in os.walk(root, followlinks=False):
        for f in sorted(files):
            path = os.path.join(dirpath, f)
            rel = os.path.relpath(path, root)
            if os.path.islink(path):
                findings.append({"severity": "medium", "rule": "symlink", "file": rel, "line": 0,
                                 "text": os.readlink(path)})
            elif os.path.splitext(f)[1].lower() in TEXT_EXT:
                findings.extend(scan_file(path, rel))
            else:
                findings.append({"severity": "low", "rule": "not-scanned", "file": rel, "line": 0, "text": ""})

    order = {"high": 0, "medium": 1, "low": 2}
    findings.sort(key=lambda x: (order[x["severity"]], x["file"], x["line"]))
    if args.json:
        json.dump(findings, sys.stdout, indent=2)
        return
    for x in findings:
        print(f"[{x['severity']:<6}] {x['rule']:<20} {x['file']}:{x['line']}  {x['text']}")
    print(f"\n{len(findings)} finding(s) in {root}")


if __name__ == "__main__":
    main()
