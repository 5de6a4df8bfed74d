#!/usr/bin/env python3
"""Static scanner for risky patterns in agent skills. Never executes target code."""
import argparse
import json
import re
import sys
from pathlib import Path

SEVERITY = {"low": 1, "medium": 2, "high": 3}
TEXT_EXT = {".md", ".py", ".sh", ".bash", ".js", ".ts", ".mjs", ".cjs", ".ps1", ".rb",
            ".go", ".json", ".yaml", ".yml", ".toml", ".txt", ""}

# (rule id, severity, regex). These regexes describe malicious patterns to DETECT.
RULES = [
    ("remote-exec-pipe", "high",
     r"(curl|wget)[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b|iwr[^\n|]*\|\s*iex|powershell[^\n]*-enc(odedcommand)?\s"),
    ("cred-file-read", "high",
     r"\.aws/credentials|\.ssh/id_(rsa|ed25519|ecdsa)|\.netrc|\.docker/config\.json|"
     r"\.kube/config|gcloud/(credentials|application_default)|Login Data"),
    ("exfil-post", "high",
     r"(ngrok\.io|webhook\.site|requestbin|pipedream\.net|burpcollaborator)|"
     r"(post|fetch|send)\s*\([^)]*(os\.environ|process\.env)"),
    ("persistence", "high",
     r">>\s*~/\.(bashrc|zshrc|profile|bash_profile)|crontab\s+-\s*$|LaunchAgents/|systemctl\s+--user\s+enable"),
    ("prompt-injection", "medium",
     r"(?i)ignore (all )?(previous|prior) instructions|do not (tell|inform) the user|developer mode"),
    ("npm-lifecycle", "medium", r'"(pre|post)install"\s*:'),
    ("base64-blob", "low", r"[A-Za-z0-9+/]{200,}={0,2}"),
    ("dynamic-eval", "low", r"\beval\s*\(|\bnew Function\s*\(|\bexec\s*\(|child_process"),
]
COMPILED = [(rid, sev, re.compile(rx, re.M)) for rid, sev, rx in RULES]
SELF = Path(__file__).resolve()


def scan_file(path: Path):
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        yield ("io-error", "low", path, 0, str(exc))
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        for rid, sev, rx in COMPILED:
            if rx.search(line):
                snippet = line.strip()
                if rid == "base64-blob":
                    m = rx.search(line)
                    snippet = f"{len(m.group(0))}-char base64 literal"
                yield (rid, sev, path, lineno, snippet[:120])


def iter_files(root: Path):
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.resolve() != SELF and "node_modules" not in p.parts \
                and ".git" not in p.parts and p.suffix.lower() in TEXT_EXT \
                and p.stat().st_size < 2_000_000:
            yield p


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("target", type=Path)
    ap.add_argument("--format", choices=["text", "json"], default="text")
    ap.add_argument("--min-severity", choices=list(SEVERITY), default="low")
    args = ap.parse_args()

    if not args.target.exists():
        print(f"{args.target} does not exist", file=sys.stderr)
        return 2
    floor = SEVERITY[args.min_severity]
    files = [args.target] if args.target.is_file() else list(iter_files(args.target))
    findings = [f for p in files for f in scan_file(p) if SEVERITY[f[1]] >= floor]
    findings.sort(key=lambda f: (-SEVERITY[f[1]], str(f[2]), f[3]))

    if args.format == "json":
        print(json.dumps([{"rule": r, "severity": s, "file": str(p), "line": n, "match": m}
                          for r, s, p, n, m in findings], indent=2))
    else:
        base = args.target if args.target.is_dir() else args.target.parent
        for r, s, p, n, m in findings:
            print(f"{s.upper():<7}{r:<20} {p.relative_to(base)}:{n:<5} {m}")
        print(f"\n{len(files)} file(s) scanned, {len(findings)} finding(s)")
    return 1 if any(f[1] == "high" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
