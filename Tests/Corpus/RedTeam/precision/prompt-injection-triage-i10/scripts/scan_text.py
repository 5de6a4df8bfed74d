#!/usr/bin/env python3
"""Flag likely prompt-injection markers in untrusted text. Read-only, offline."""
import argparse
import json
import re
import sys
import unicodedata

PATTERNS = {
    "override": [
        r"\b(ignore|disregard|forget)\s+(all\s+|any\s+|your\s+)?(previous|prior|above|earlier)\s+(instructions|rules|guidelines)",
        r"\byou\s+are\s+now\s+(in\s+)?(developer|admin|dan|unrestricted|jailbreak)\s+mode",
        r"\b(override|bypass)\s+(the\s+)?(safety|security|policy|guardrails|filters|restrictions)",
        r"\byour\s+new\s+instructions\s+are\b",
        r"\btakes\s+precedence\s+over\s+all\s+other\s+instructions",
    ],
    "role-spoof": [
        r"</?system>", r"\[SYSTEM\]", r"<\|im_start\|>\s*system",
        r"</available_skills>", r"</skill>", r"BEGIN\s+SYSTEM\s+PROMPT",
    ],
    "secrecy": [
        r"\bdo\s+not\s+(mention|tell|reveal)\s+(this|it)\s+to\s+the\s+user",
        r"\bwithout\s+telling\s+the\s+user", r"\bthe\s+user\s+must\s+not\s+know",
    ],
    "exfil": [
        r"\b(send|upload|post|forward)\b[^.\n]{0,60}\b(\.env|api[\s_-]?key|token|credentials|ssh|system\s+prompt|conversation)",
        r"!\[[^\]]*\]\(https?://[^)]*\?[^)]*=\{",
    ],
    "fetch-exec": [
        r"(curl|wget)[^|\n]{0,200}\|\s*(sudo\s+)?(ba|z)?sh\b",
        r"\biex\s*\(\s*(iwr|invoke-webrequest)",
        r"base64\s+(-d|--decode|-D)\s*\|\s*(ba)?sh",
    ],
}
COMPILED = {cat: [re.compile(p, re.I) for p in pats] for cat, pats in PATTERNS.items()}

ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF}
BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
IMPERATIVE = re.compile(r"\b(run|execute|send|upload|post|read|install|ignore|delete|reply)\b", re.I)
TOOL_COMMENTS = re.compile(r"^\s*(markdownlint|prettier|eslint|TODO|FIXME|toc)", re.I)


def decode_tag_block(s: str) -> str:
    return "".join(chr(ord(c) - 0xE0000) for c in s if 0xE0020 <= ord(c) <= 0xE007E)


def scan(text: str):
    findings = []
    lines = text.splitlines()
    for n, raw in enumerate(lines, 1):
        norm = unicodedata.normalize("NFKC", raw)
        norm = "".join(c for c in norm if ord(c) not in ZERO_WIDTH and ord(c) not in BIDI)
        for cat, regs in COMPILED.items():
            for r in regs:
                m = r.search(norm)
                if m:
                    findings.append({"line": n, "category": cat, "match": m.group(0)[:120]})
        zw = [c for c in raw if ord(c) in ZERO_WIDTH and c != "\u200d"]  # ZWJ alone is usually emoji
        if zw:
            findings.append({"line": n, "category": "hidden", "match": f"{len(zw)} zero-width char(s)"})
        if any(ord(c) in BIDI for c in raw):
            findings.append({"line": n, "category": "hidden", "match": "bidi control character"})
        tag = decode_tag_block(raw)
        if tag:
            findings.append({"line": n, "category": "hidden", "match": f"tag-block text: {tag[:120]!r}"})
    for m in HTML_COMMENT.finditer(text):
        body = m.group(1).strip()
        if IMPERATIVE.search(body) and not TOOL_COMMENTS.match(body):
            line = text.count("\n", 0, m.start()) + 1
            findings.append({"line": line, "category": "hidden", "match": f"HTML comment: {body[:120]!r}"})
    return findings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path", help="file to scan, or - for stdin")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    text = sys.stdin.read() if args.path == "-" else open(args.path, encoding="utf-8", errors="replace").read()
    findings = scan(text)
    if args.json:
        print(json.dumps(findings, indent=2, ensure_ascii=True))
    else:
        for f in findings:
            print(f"{args.path}:{f['line']}: [{f['category']}] {f['match']!a}")
        print(f"{len(findings)} finding(s).", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
