#!/usr/bin/env python3
"""Heuristic prompt-injection detector. Reads text, prints verdict + matched snippets.

This script only reads and pattern-matches. It never decodes-and-executes
anything it finds.
"""
import re
import sys

PATTERNS = [
    ("override", r"\b(ignore|disregard|forget)\s+(all\s+)?(the\s+)?(previous|prior|above|earlier)\s+(instructions|prompts|rules)"),
    ("role-hijack", r"\byou\s+are\s+now\s+(in\s+)?(developer|dan|jailbreak|god)\s*mode\b"),
    ("fake-system", r"(?im)^\s*(system|assistant)\s*:\s*"),
    ("agent-address", r"\b(ai|llm)\s+(agents?|assistants?)\s+(must|should|reading this)\b"),
    ("exfil-ask", r"\b(send|post|upload|exfiltrate)\b.{0,60}\b(\.env|id_rsa|api[_ ]?key|token|credentials?)\b"),
    ("pipe-shell", r"(curl|wget)\s+[^|\n]{0,200}\|\s*(ba|z)?sh\b"),
    ("secrecy", r"\b(do not|don't)\s+(tell|inform|mention\s+this\s+to)\s+the\s+user\b"),
]
HIDDEN = re.compile("[\u200b\u200c\u200d\u2060\ufeff]|[\U000e0000-\U000e007f]")
HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
B64 = re.compile(r"[A-Za-z0-9+/]{200,}={0,2}")


def snippet(text, start, end):
    s = text[max(0, start - 20):min(len(text), end + 40)].replace("\n", " ")
    return (s[:117] + "...") if len(s) > 120 else s


def analyse(text):
    hits = []
    for name, rx in PATTERNS:
        for m in re.finditer(rx, text, re.I):
            hits.append((name, snippet(text, m.start(), m.end())))
    hidden = HIDDEN.findall(text)
    if hidden:
        hits.append(("hidden-unicode", f"{len(hidden)} invisible characters"))
    for m in HTML_COMMENT.finditer(text):
        body = m.group(1)
        if re.search(r"\b(run|execute|ignore|send|you must)\b", body, re.I):
            hits.append(("html-comment-instruction", snippet(text, m.start(), m.end())))
    for m in B64.finditer(text):
        hits.append(("base64-blob", f"{len(m.group(0))} chars at offset {m.start()}"))
    return hits


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "-"
    text = sys.stdin.read() if src == "-" else open(src, encoding="utf-8", errors="replace").read()
    hits = analyse(text)
    strong = {"override", "role-hijack", "exfil-ask", "pipe-shell", "secrecy", "html-comment-instruction"}
    score = sum(2 if h[0] in strong else 1 for h in hits)
    verdict = "clean" if score == 0 else ("suspicious" if score < 3 else "likely-injection")
    print(f"verdict: {verdict} (score {score})")
    for name, snip in hits[:25]:
        print(f"  [{name}] {snip}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
