#!/usr/bin/env python3
"""Heuristic tripwire that scores text for common prompt-injection phrasing.

This is a defensive filter: it reads text and returns a score. It does not call
any model and does not act on the text.
"""
import argparse
import base64
import json
import re
import sys

RULES = [
    ("override-instructions", 0.5, r"\b(ignore|disregard|forget)\b.{0,30}\b(previous|prior|above|all)\b.{0,20}\b(instructions|rules|prompts?)\b"),
    ("role-hijack", 0.4, r"\byou are now\b|\bact as (an? )?(unfiltered|jailbroken|DAN)\b|\bdeveloper mode\b"),
    ("fake-system-tag", 0.4, r"(^|\n)\s*(system|assistant)\s*:\s|<\s*/?\s*system\s*>|\[INST\]"),
    ("exfil-markdown-image", 0.5, r"!\[[^\]]*\]\(https?://[^)]*\?[^)]*=(\{|\$|<)"),
    ("secret-request", 0.3, r"\b(reveal|print|repeat|output)\b.{0,30}\b(system prompt|api key|password|secrets?)\b"),
    ("tool-coercion", 0.3, r"\b(call|invoke|use)\b.{0,20}\b(tool|function)\b.{0,40}\b(send|delete|transfer|email)\b"),
    ("hidden-text", 0.2, r"[\u200b-\u200f\u2060\ufeff]|font-size:\s*0|color:\s*(white|#fff)\b"),
]
COMPILED = [(n, w, re.compile(p, re.I | re.S)) for n, w, p in RULES]
B64_CHUNK = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")


def decoded_views(text: str):
    """Yield the text plus any base64 chunks that decode to printable ASCII."""
    yield text
    for m in B64_CHUNK.finditer(text):
        try:
            d = base64.b64decode(m.group(0), validate=True).decode("ascii")
        except Exception:
            continue
        if d.isprintable():
            yield d


def score(text: str):
    hits, total = [], 0.0
    for view in decoded_views(text):
        for name, weight, rx in COMPILED:
            if name not in hits and rx.search(view):
                hits.append(name)
                total += weight
    return min(total, 1.0), hits


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--text")
    g.add_argument("--jsonl", help="file with {'text':..., 'expect': 'attack'|'benign'}")
    args = ap.parse_args()
    if args.text:
        s, hits = score(args.text)
        print(json.dumps({"score": round(s, 2), "rules": hits}))
        return 0
    tp = fp = fn = tn = 0
    with open(args.jsonl, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            s, hits = score(row["text"])
            flagged = s >= 0.3
            attack = row.get("expect") == "attack"
            tp += flagged and attack; fp += flagged and not attack
            fn += (not flagged) and attack; tn += (not flagged) and not attack
            print(f"{s:.2f}\t{row.get('expect','?')}\t{','.join(hits) or '-'}\t{row['text'][:60]!r}")
    print(f"\nTP={tp} FP={fp} FN={fn} TN={tn}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
