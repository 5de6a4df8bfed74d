#!/usr/bin/env python3
"""Flag risky shell patterns in text files. Read-only; never executes input."""
import re
import sys
from dataclasses import dataclass


@dataclass
class Rule:
    name: str
    severity: str
    pattern: re.Pattern
    message: str


RULES = [
    Rule("pipe-to-shell", "error",
         re.compile(r"\b(curl|wget)\b[^|\n]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|(ba)?sh\s+<\(\s*(curl|wget)"),
         "downloaded code is executed without review; download, verify a checksum, then run"),
    Rule("decode-exec", "error",
         re.compile(r"base64\s+(-d|-D|--decode)[^\n]*\|\s*(ba|z)?sh\b|eval\s+\"?\$\(\s*echo[^)]*base64"),
         "decoded content is executed; ship the script in plain text instead"),
    Rule("reverse-shell", "error",
         re.compile(r"/dev/(tcp|udp)/|\bnc\b[^\n]*\s-e\s|\bsocat\b[^\n]*exec:"),
         "reverse-shell pattern; remove"),
    Rule("chmod-777", "warning", re.compile(r"\bchmod\s+(-R\s+)?0?777\b"),
         "world-writable permissions; use u=rwX,go=rX"),
    Rule("rm-unquoted-var", "warning", re.compile(r"\brm\s+-[a-zA-Z]*r[a-zA-Z]*f?\s+\$\w+"),
         'unquoted variable in rm -rf; use "${VAR:?}" and --'),
    Rule("sudo-in-script", "info", re.compile(r"(^|[;&|]\s*)sudo\s"),
         "sudo inside a script; document it as a user prerequisite instead"),
    Rule("http-download", "warning", re.compile(r"\b(curl|wget)\b[^\n]*\bhttp://"),
         "download over plain http"),
]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def lint_text(text: str, filename: str = "<text>"):
    findings = []
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("#") and "lint:" in stripped:
            continue  # allow "# lint: ignore" style comments
        for rule in RULES:
            if rule.pattern.search(line):
                findings.append((filename, lineno, rule.name, rule.severity, rule.message))
    return findings


def main(paths):
    all_findings = []
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as fh:
            all_findings.extend(lint_text(fh.read(), p))
    all_findings.sort(key=lambda f: (SEVERITY_ORDER[f[3]], f[0], f[1]))
    for f in all_findings:
        print(f"{f[0]}:{f[1]} {f[2]} {f[3]} {f[4]}")
    return 1 if any(f[3] == "error" for f in all_findings) else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: lint_shell.py FILE...")
    sys.exit(main(sys.argv[1:]))
