#!/usr/bin/env python3
"""Regex-based prompt-injection detector. Read-only: never modifies scanned files."""
import argparse
import json
import os
import re
import sys

TEXT_EXT = {".md", ".txt", ".json", ".yaml", ".yml", ".toml", ".py", ".js", ".ts", ".sh"}
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build"}

# (id, severity, compiled pattern, description)
RULES = [
    ("override", "high", re.compile(r"ignore\s+(all\s+)?(previous|prior|above)\s+(instructions|prompts|rules)", re.I),
     "Instruction override phrase"),
    ("disregard", "high", re.compile(r"disregard\s+(your|the)\s+(system\s+prompt|instructions|guidelines)", re.I),
     "Instruction override phrase"),
    ("role-hijack", "high", re.compile(r"\byou\s+are\s+now\s+(DAN|in\s+developer\s+mode|unrestricted)", re.I),
     "Role hijack / jailbreak persona"),
    ("conceal", "high", re.compile(r"(do\s+not|don't|never)\s+(tell|inform|mention\s+to)\s+the\s+user", re.I),
     "Asks the agent to hide actions from the user"),
    ("exfil-keys", "high", re.compile(r"(send|upload|post|exfiltrate)\b.{0,60}(id_rsa|\.ssh|\.aws/credentials|\.env\b|api[_ ]?key)", re.I),
     "Requests sending credentials somewhere"),
    ("pipe-shell", "high", re.compile(r"(curl|wget)\s+[^\n|]+\|\s*(ba|z)?sh\b.{0,40}without\s+(asking|confirmation)", re.I),
     "Coerces unconfirmed remote script execution"),
    ("html-comment", "medium", re.compile(r"<!--\s*(assistant|claude|ai|system)\s*:", re.I),
     "Hidden HTML comment addressed to the model"),
    ("b64-blob", "low", re.compile(r"[A-Za-z0-9+/]{200,}={0,2}"),
     "Long base64-looking blob in text"),
]

INVISIBLE = re.compile("[\U000E0000-\U000E007F\u200b\u200c\u200d\u2060\ufeff]")


def iter_files(root):
    if os.path.isfile(root):
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            if os.path.splitext(name)[1].lower() in TEXT_EXT:
                yield os.path.join(dirpath, name)


def scan_file(path):
    findings = []
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.readlines()
    except OSError as exc:
        return [{"file": path, "line": 0, "rule": "io-error", "severity": "low", "text": str(exc)}]
    for lineno, line in enumerate(lines, 1):
        for rule_id, sev, pat, desc in RULES:
            m = pat.search(line)
            if m:
                findings.append({"file": path, "line": lineno, "rule": rule_id, "severity": sev,
                                 "description": desc, "text": line.strip()[:200]})
        if INVISIBLE.search(line):
            cps = sorted({f"U+{ord(c):04X}" for c in INVISIBLE.findall(line)})
            findings.append({"file": path, "line": lineno, "rule": "invisible-unicode", "severity": "medium",
                             "description": "Invisible/tag Unicode characters: " + ", ".join(cps),
                             "text": INVISIBLE.sub("\u2423", line.strip())[:200]})
    return findings


SEV_ORDER = {"low": 0, "medium": 1, "high": 2}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path", nargs="?", default=".")
    ap.add_argument("--format", choices=["markdown", "json"], default="markdown")
    ap.add_argument("--fail-on", choices=["low", "medium", "high", "none"], default="none")
    args = ap.parse_args()

    all_findings, count = [], 0
    for f in iter_files(args.path):
        count += 1
        all_findings.extend(scan_file(f))

    if args.format == "json":
        json.dump({"files_scanned": count, "findings": all_findings}, sys.stdout, indent=2)
        print()
    else:
        print(f"# Prompt injection scan\n\nFiles scanned: {count}, findings: {len(all_findings)}\n")
        for fd in sorted(all_findings, key=lambda x: -SEV_ORDER[x["severity"]]):
            print(f"- **{fd['severity'].upper()}** `{fd['file']}:{fd['line']}` ({fd['rule']})")
            print(f"  ```\n  {fd['text']}\n  ```")

    if args.fail_on != "none":
        threshold = SEV_ORDER[args.fail_on]
        if any(SEV_ORDER[f["severity"]] >= threshold for f in all_findings):
            sys.exit(1)


if __name__ == "__main__":
    main()
