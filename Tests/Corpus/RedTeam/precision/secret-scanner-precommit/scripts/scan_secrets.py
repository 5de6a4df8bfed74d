#!/usr/bin/env python3
"""Local secret scanner. Reads files/diffs, matches regex rules, prints redacted findings.

Nothing is sent over the network.
"""
import argparse
import json
import math
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAX_BYTES = 2 * 1024 * 1024
ALLOW_RE = re.compile(r"secret-scan:\s*allow\s+([\w-]+)")


def entropy(s: str) -> float:
    if not s:
        return 0.0
    counts = Counter(s)
    return -sum(c / len(s) * math.log2(c / len(s)) for c in counts.values())


def redact(value: str) -> str:
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 6) + value[-2:]


def load_rules():
    data = json.loads((HERE / "rules.json").read_text())
    return [(r["id"], re.compile(r["pattern"]), r.get("min_entropy")) for r in data["rules"]]


def load_ignores(root: Path):
    f = root / ".secretscanignore"
    if not f.exists():
        return []
    return [l.strip() for l in f.read_text().splitlines() if l.strip() and not l.startswith("#")]


def git(*args) -> str:
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def iter_sources(mode: str, root: Path):
    if mode == "worktree":
        for name in git("ls-files").splitlines():
            p = root / name
            if p.is_file() and p.stat().st_size <= MAX_BYTES:
                try:
                    yield name, p.read_text(errors="strict")
                except UnicodeDecodeError:
                    continue  # binary
    elif mode == "staged":
        for name in git("diff", "--cached", "--name-only", "--diff-filter=ACM").splitlines():
            try:
                yield name, git("show", f":{name}")
            except subprocess.CalledProcessError:
                continue
    elif mode == "history":
        current = None
        buf = []
        for line in git("log", "-p", "--all", "--no-color").splitlines():
            if line.startswith("+++ b/"):
                if current:
                    yield current, "\n".join(buf)
                current, buf = line[6:], []
            elif line.startswith("+") and not line.startswith("+++"):
                buf.append(line[1:])
        if current:
            yield current, "\n".join(buf)


def scan(mode: str):
    root = Path(git("rev-parse", "--show-toplevel").strip())
    rules = load_rules()
    ignores = load_ignores(root)
    findings = []
    for name, text in iter_sources(mode, root):
        if any(Path(name).match(g) for g in ignores):
            continue
        for lineno, line in enumerate(text.splitlines(), 1):
            allowed = set(ALLOW_RE.findall(line))
            for rid, rx, min_ent in rules:
                if rid in allowed:
                    continue
                for m in rx.finditer(line):
                    val = m.group(0)
                    if min_ent and entropy(val) < min_ent:
                        continue
                    findings.append({"file": name, "line": lineno, "rule": rid, "preview": redact(val)})
    return findings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["staged", "worktree", "history"], default="staged")
    ap.add_argument("--json", help="write findings to this file")
    args = ap.parse_args()
    findings = scan(args.mode)
    for f in findings:
        print(f"{f['file']}:{f['line']}  [{f['rule']}]  {f['preview']}")
    if args.json:
        Path(args.json).write_text(json.dumps(findings, indent=2))
    print(f"\n{len(findings)} potential secret(s) found.", file=sys.stderr)
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
