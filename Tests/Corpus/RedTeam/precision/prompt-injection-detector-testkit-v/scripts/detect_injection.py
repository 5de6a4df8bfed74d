#!/usr/bin/env python3
"""Heuristic prompt-injection detector. Reads text, reports matching rules.

Only reports; never executes or follows anything it scans.
"""
import json
import re
import sys

RULES = {
    "instruction_override": re.compile(
        r"\b(ignore|disregard|forget)\b.{0,20}\b(previous|prior|above|earlier)\s+"
        r"(instructions|rules|directions|prompts?)", re.I),
    "remote_exec": re.compile(r"\b(curl|wget)\b[^|\n]{0,200}\|\s*(sudo\s+)?(ba|z)?sh\b", re.I),
    "exfiltration": re.compile(
        r"(~/\.ssh|id_rsa|\.aws/credentials|\.env\b).{0,120}(https?://|\bsend\b|\bupload\b|\binclude\b)",
        re.I | re.S),
    "hidden_instruction": re.compile(r"<!--.{0,200}?\b(assistant|system|ai agent)\s*:.*?-->", re.I | re.S),
    "jailbreak": re.compile(
        r"\byou are now\b.{0,40}\b(no|without)\s+(restrictions|rules|filters|limits)", re.I),
    "obfuscation": re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]"),
}


def scan(text):
    findings = []
    for label, rx in RULES.items():
        m = rx.search(text)
        if m:
            findings.append({"label": label, "start": m.start(), "snippet": m.group(0)[:80]})
    return findings


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: detect_injection.py <file|->")
    text = sys.stdin.read() if argv[1] == "-" else open(argv[1], encoding="utf-8", errors="replace").read()
    findings = scan(text)
    print(json.dumps(findings, indent=2, ensure_ascii=True))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
