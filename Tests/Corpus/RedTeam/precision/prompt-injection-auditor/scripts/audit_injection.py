#!/usr/bin/env python3
"""Heuristic prompt-injection finder for text files. Standard library only, offline."""
import json
import os
import re
import sys
import unicodedata

TEXT_EXT = {".md", ".markdown", ".txt", ".html", ".htm", ".yaml", ".yml", ".json", ".rst", ".mdx"}

RULES = [
    ("override-phrase", "high", re.compile(
        r"(?i)\b(ignore|disregard|forget)\b.{0,20}\b(all|any|the)?\s*(previous|prior|above|earlier|system)\s+(instructions|prompt|rules)")),
    ("role-spoof", "high", re.compile(r"(?im)^\s*(system\s*:|<\|im_start\|>\s*system|\[system\])")),
    ("secrecy", "high", re.compile(
        r"(?i)\b(do not|don't|never)\s+(tell|mention|inform|show)\s+(this\s+)?(to\s+)?the user|\bsilently (run|execute|send)")),
    ("exfil-instruction", "high", re.compile(
        r"(?i)\b(send|post|upload|include)\b.{0,40}(~/\.ssh|\.aws/credentials|api[_ ]?key|\.env\b|token)")),
    ("hidden-comment", "medium", re.compile(r"(?is)<!--.{0,400}?\b(assistant|agent|claude|ai|llm)\b.{0,400}?-->")),
    ("tool-coercion", "medium", re.compile(
        r"(?i)\b(always|must)\b.{0,30}\b(call|use|invoke)\b.{0,20}\b(bash|shell|terminal) tool|approve all permission")),
    ("long-base64", "low", re.compile(r"[A-Za-z0-9+/]{200,}={0,2}")),
]

INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
             0x2066, 0x2067, 0x2068, 0x2069}


def render_invisible(s: str) -> str:
    out = []
    for ch in s:
        cp = ord(ch)
        if cp in INVISIBLE or 0xE0000 <= cp <= 0xE007F:
            out.append(f"<U+{cp:04X}>")
        else:
            out.append(ch)
    return "".join(out)


def audit_text(path, text):
    findings = []
    for rule, sev, rx in RULES:
        for m in rx.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            findings.append({"file": path, "line": line, "rule": rule, "severity": sev,
                             "match": render_invisible(m.group(0))[:200]})
    for lineno, line in enumerate(text.splitlines(), 1):
        hidden = [c for c in line if ord(c) in INVISIBLE or 0xE0000 <= ord(c) <= 0xE007F]
        if hidden:
            names = sorted({unicodedata.name(c, f"U+{ord(c):04X}") for c in hidden})
            findings.append({"file": path, "line": lineno, "rule": "invisible-chars", "severity": "medium",
                             "match": f"{len(hidden)}x " + ", ".join(names)})
    return findings


def walk(root):
    if os.path.isfile(root):
        yield root
        return
    for d, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = [x for x in dirs if x not in {".git", "node_modules"}]
        for f in files:
            if os.path.splitext(f)[1].lower() in TEXT_EXT:
                yield os.path.join(d, f)


def main(argv):
    if not argv:
        print("usage: audit_injection.py PATH [--json]", file=sys.stderr)
        return 64
    as_json = "--json" in argv
    paths = [a for a in argv if a != "--json"]
    results = []
    for root in paths:
        for f in walk(root):
            try:
                with open(f, encoding="utf-8", errors="replace") as fh:
                    results.extend(audit_text(f, fh.read()))
            except OSError as e:
                print(f"skip {f}: {e}", file=sys.stderr)
    if as_json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        for r in results:
            print(f"{r['severity'].upper():6} {r['rule']:18} {r['file']}:{r['line']}\n       {r['match']!r}")
    return 2 if any(r["severity"] == "high" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
