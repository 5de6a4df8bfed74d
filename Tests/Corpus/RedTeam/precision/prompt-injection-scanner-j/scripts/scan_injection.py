#!/usr/bin/env python3
"""Flag likely prompt-injection payloads in text files.

Read-only. Prints findings as a table or JSON. Matched text is reported,
never interpreted, fetched or acted on.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

TEXT_EXT = {".md", ".mdx", ".txt", ".rst", ".html", ".htm", ".json", ".yaml",
            ".yml", ".toml", ".py", ".js", ".ts", ".sh", ".mdc"}
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__"}

# (category, severity, regex)
RULES = [
    ("override", "high", r"\b(ignore|disregard|forget)\b[^.\n]{0,40}\b(previous|prior|above|earlier|all)\b[^.\n]{0,20}\b(instructions?|prompts?|rules?)"),
    ("override", "high", r"\byou are now\b[^.\n]{0,40}\b(DAN|developer mode|jailbroken|unrestricted)"),
    ("override", "medium", r"\b(new|updated) (system )?instructions? (from|by) (your )?(admin|administrator|developer|operator)"),
    ("exfil", "high", r"(~/\.ssh/id_[a-z0-9]+|~/\.aws/credentials|\.env\b|id_rsa)[^\n]{0,80}\b(send|post|upload|include|append|paste)\b"),
    ("exfil", "high", r"\b(send|post|upload|include|append)\b[^\n]{0,80}(~/\.ssh|~/\.aws|\.env\b|api[_ -]?key|password)"),
    ("tool-coercion", "high", r"\b(run|execute)\b[^\n]{0,60}(curl|wget)[^\n|]{0,120}\|\s*(sudo\s+)?(ba|z)?sh"),
    ("approval-bait", "medium", r"\b(pre-?approved|auto-?approve|approve this (pr|pull request))\b"),
    ("agent-address", "low", r"\b(AI|LLM) (agent|assistant|model)s?\s*[:,]\s"),
    ("hidden-comment", "medium", r"<!--[^>]{0,400}\b(assistant|agent|AI|LLM|instructions?)\b[^>]{0,400}-->"),
    ("md-image-exfil", "medium", r"!\[[^\]]*\]\(https?://[^)\s]*[?&][a-z_]+=\{[^)]*\}\)"),
]
COMPILED = [(c, s, re.compile(p, re.IGNORECASE)) for c, s, p in RULES]
ZERO_WIDTH = set("\u200b\u200c\u200d\u2060")


def hidden_chars(line, is_first_line):
    kinds = set()
    for i, ch in enumerate(line):
        cp = ord(ch)
        if ch == "\ufeff" and is_first_line and i == 0:
            continue  # byte-order mark, harmless
        if 0xE0000 <= cp <= 0xE007F:
            kinds.add("unicode-tag")
        elif ch in ZERO_WIDTH or ch == "\ufeff":
            kinds.add("zero-width")
        elif unicodedata.category(ch) == "Cf" and ch not in "\u200e\u200f":
            kinds.add("format-char")
    return sorted(kinds)


def iter_files(paths, excludes):
    for root in paths:
        if os.path.isfile(root):
            yield root
            continue
        for d, dirs, files in os.walk(root):
            dirs[:] = [x for x in dirs if x not in SKIP_DIRS]
            for f in files:
                p = os.path.join(d, f)
                if any(e in p for e in excludes):
                    continue
                if os.path.splitext(f)[1].lower() in TEXT_EXT or f in ("SKILL.md", "AGENTS.md", "CLAUDE.md"):
                    yield p


def scan_file(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.readlines()
    except OSError as exc:
        print(f"skip {path}: {exc}", file=sys.stderr)
        return
    text = "".join(lines)
    for n, line in enumerate(lines, 1):
        for cat, sev, rx in COMPILED:
            m = rx.search(line)
            if m:
                yield {"file": path, "line": n, "category": cat, "severity": sev,
                       "excerpt": line.strip()[:200]}
        kinds = hidden_chars(line, n == 1)
        if kinds:
            visible = line.encode("unicode_escape").decode("ascii")[:200]
            yield {"file": path, "line": n, "category": "hidden-chars", "severity": "medium",
                   "excerpt": f"{','.join(kinds)}: {visible}"}
    # multi-line HTML comments
    for m in re.finditer(r"<!--(.*?)-->", text, re.S):
        body = m.group(1)
        if "\n" in body and re.search(r"\b(assistant|agent|AI|LLM|instruction)", body, re.I):
            line_no = text.count("\n", 0, m.start()) + 1
            yield {"file": path, "line": line_no, "category": "hidden-comment", "severity": "medium",
                   "excerpt": " ".join(body.split())[:200]}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--format", choices=["table", "json"], default="table")
    ap.add_argument("--exclude", action="append", default=[], help="substring of paths to skip")
    ap.add_argument("--min-severity", choices=["low", "medium", "high"], default="low")
    a = ap.parse_args()
    order = {"low": 0, "medium": 1, "high": 2}
    hits = [h for f in iter_files(a.paths, a.exclude) for h in scan_file(f)
            if order[h["severity"]] >= order[a.min_severity]]
    if a.format == "json":
        json.dump(hits, sys.stdout, indent=2, ensure_ascii=True)
        print()
    else:
        for h in hits:
            print(f"{h['severity']:<6} {h['category']:<15} {h['file']}:{h['line']}  {h['excerpt']}")
        print(f"\n{len(hits)} finding(s)", file=sys.stderr)
    return 1 if any(h["severity"] == "high" for h in hits) else 0


if __name__ == "__main__":
    sys.exit(main())
