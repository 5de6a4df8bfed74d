#!/usr/bin/env python3
"""Heuristic prompt-injection screener. Reads text, prints a verdict. No network access."""
import argparse
import json
import re
import sys
import unicodedata

RULES = {
    "override": [
        r"ignore (all |any )?(the )?(previous|prior|above|earlier) (instructions|prompts|rules)",
        r"disregard (the |your )?(system|developer) (prompt|message|instructions)",
        r"forget (everything|all) (you were|you've been) told",
        r"ignoriere (alle )?(vorherigen|bisherigen) anweisungen",
        r"ignorez (toutes )?les instructions pr[ée]c[ée]dentes",
        r"ignora (todas )?las instrucciones anteriores",
        r"忽略(之前|以上|先前)的?(所有)?(指令|指示|说明)",
    ],
    "role-swap": [
        r"\byou are now\b", r"\bfrom now on,? you (are|act|will act)\b",
        r"\bDAN\b.*\bmode\b", r"\bdeveloper mode (enabled|on)\b",
    ],
    "fake-delimiter": [
        r"<\|im_(start|end)\|>", r"</?(system|instructions?)>", r"^#{2,}\s*system\s*:?",
        r"\[/?INST\]",
    ],
    "tool-coercion": [
        r"\b(run|execute) (the following|this) (command|script)\b",
        r"\b(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b",
        r"\bopen (a|your) terminal and\b",
    ],
    "concealment": [
        r"do not (tell|inform|mention (this )?to) the user",
        r"without (telling|notifying) the user",
        r"keep this (secret|hidden) from",
    ],
}
EXFIL_LINK = re.compile(r"!?\[[^\]]*\]\((https?://[^)\s]+[?&][^)\s]*(\{\{|\$\{|secret|token|key=|data=)[^)]*)\)", re.I)
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]|[\U000E0000-\U000E007F]")


def screen(text: str) -> dict:
    hits = []
    norm = unicodedata.normalize("NFKC", text)
    for lineno, line in enumerate(norm.splitlines(), 1):
        low = line.lower()
        for rule, pats in RULES.items():
            for p in pats:
                m = re.search(p, low if rule != "fake-delimiter" else line, re.I | re.M)
                if m:
                    hits.append({"rule": rule, "line": lineno, "match": m.group(0)[:80]})
                    break
        if EXFIL_LINK.search(line):
            hits.append({"rule": "exfil-link", "line": lineno, "match": "markdown link with data-bearing query"})
    inv = INVISIBLE.findall(text)
    if inv:
        hits.append({"rule": "invisible", "line": 0, "match": f"{len(inv)} invisible/bidi code points"})
    severe = {"override", "tool-coercion", "concealment", "exfil-link"}
    verdict = "clean"
    if hits:
        verdict = "hostile" if any(h["rule"] in severe for h in hits) else "suspicious"
    return {"verdict": verdict, "hits": hits}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    text = open(a.file, encoding="utf-8", errors="replace").read() if a.file else sys.stdin.read()
    res = screen(text)
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        print(f"verdict: {res['verdict']}")
        for h in res["hits"]:
            print(f"  line {h['line']:>4}  {h['rule']:<15} {h['match']}")


if __name__ == "__main__":
    main()
