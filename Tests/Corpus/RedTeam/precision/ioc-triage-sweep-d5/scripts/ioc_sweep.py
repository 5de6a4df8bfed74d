#!/usr/bin/env python3
"""Offline IOC triage sweep for a developer machine.

Reads a fixed set of persistence points and agent skill folders (and, only with
--include-history, shell history), matches them against references/indicators.json,
and writes a Markdown report. Read-only: it executes nothing it finds and makes
no network connections. The only subprocess is `crontab -l`.
"""
import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

HOME = Path.home()
HERE = Path(__file__).resolve().parent
SELF_DIR = HERE.parent
RC_FILES = [".bashrc", ".bash_profile", ".profile", ".zshrc", ".zprofile"]
HISTORY_FILES = [".bash_history", ".zsh_history"]
SKILL_ROOTS = [HOME / ".claude/skills", HOME / ".agents/skills", HOME / ".codex/skills",
               HOME / ".openclaw/skills", Path.cwd() / ".claude/skills", Path.cwd() / ".agents/skills"]
TEXT_SUFFIXES = {".md", ".txt", ".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".ts", ".ps1", ".json", ".yaml", ".yml", ".mmd", ""}
MAX_BYTES = 2_000_000
SECRETISH = re.compile(r"(?i)((?:token|key|secret|password|passwd|auth)[=: ]+)\S+|\b(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{20,}|sk-[A-Za-z0-9_-]{16,})")


def load_indicators(path, extra):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    rules = []
    for cls, hosts in data["host_classes"].items():
        for h in hosts:
            rules.append((cls, re.compile(re.escape(h), re.I)))
    for name, rx in data["command_shapes"].items():
        rules.append((name, re.compile(rx, re.I)))
    literals = list(data.get("literal_iocs", []))
    if extra:
        literals += [l.strip() for l in Path(extra).read_text(encoding="utf-8").splitlines()
                     if l.strip() and not l.startswith("#")]
    for lit in literals:
        rules.append(("literal-ioc", re.compile(re.escape(lit), re.I)))
    return rules


def mask(line):
    line = SECRETISH.sub(lambda m: (m.group(1) or "") + "****", line)
    return line if len(line) <= 160 else line[:157] + "..."


def scan_text(label, text, rules, masked=False):
    hits = []
    for n, line in enumerate(text.splitlines(), 1):
        for cls, rx in rules:
            if rx.search(line):
                excerpt = mask(line.strip()) if masked else line.strip()[:200]
                hits.append({"where": label, "line": n, "class": cls, "excerpt": excerpt})
    return hits


def read_if_small(p):
    try:
        if p.is_file() and p.stat().st_size <= MAX_BYTES:
            return p.read_text(encoding="utf-8", errors="replace")
    except OSError:
        pass
    return None


def sweep(rules, include_history):
    hits, covered = [], []
    for name in RC_FILES:
        p = HOME / name
        text = read_if_small(p)
        if text is not None:
            covered.append(str(p))
            hits += scan_text(str(p), text, rules)
    try:
        out = subprocess.run(["crontab", "-l"], capture_output=True, text=True, timeout=10)
        if out.returncode == 0:
            covered.append("crontab -l")
            hits += scan_text("crontab", out.stdout, rules)
    except (OSError, subprocess.TimeoutExpired):
        pass
    for d, pattern in ((HOME / ".config/systemd/user", "*.service"), (HOME / "Library/LaunchAgents", "*.plist")):
        for p in sorted(d.glob(pattern)) if d.is_dir() else []:
            text = read_if_small(p)
            if text is not None:
                covered.append(str(p))
                hits += scan_text(str(p), text, rules)
    for root in SKILL_ROOTS:
        if not root.is_dir():
            continue
        covered.append(str(root) + "/**")
        for p in sorted(root.rglob("*")):
            if SELF_DIR in p.resolve().parents:
                continue  # this skill's own indicator data would match itself
            if p.is_symlink():
                hits.append({"where": str(p), "line": 0, "class": "symlink-in-skill-root",
                             "excerpt": f"-> {p.resolve()}"})
                continue
            if p.suffix.lower() in TEXT_SUFFIXES:
                text = read_if_small(p)
                if text is not None:
                    hits += scan_text(str(p), text, rules)
    if include_history:
        for name in HISTORY_FILES:
            p = HOME / name
            text = read_if_small(p)
            if text is not None:
                covered.append(str(p) + " (masked)")
                hits += scan_text(str(p), text, rules, masked=True)
    return hits, covered


def report(hits, covered, include_history):
    out = [f"# IOC triage sweep - {time.strftime('%Y-%m-%d %H:%M:%S %Z')}", ""]
    out.append(f"Shell history included: {'yes (excerpts masked)' if include_history else 'no'}")
    out += ["", "## Locations checked", ""] + [f"- `{c}`" for c in covered] + [""]
    out += [f"## Hits ({len(hits)})", ""]
    if not hits:
        out.append("No indicator matched. This does not prove the machine is clean.")
    else:
        out += ["| Location | Line | Class | Excerpt |", "|---|---|---|---|"]
        for h in hits:
            ex = h["excerpt"].replace("|", "\\|").replace("`", "'")
            out.append(f"| `{h['where']}` | {h['line']} | {h['class']} | `{ex}` |")
        out += ["", "See references/playbook.md for what each class means. Do not run any command shown above."]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description="Offline IOC triage sweep (read-only).")
    ap.add_argument("--indicators", default=str(HERE.parent / "references/indicators.json"))
    ap.add_argument("--extra-iocs", help="file with one extra literal indicator per line")
    ap.add_argument("--include-history", action="store_true", help="also scan shell history (masked)")
    ap.add_argument("--out", help="write the Markdown report here (default: stdout)")
    args = ap.parse_args()
    try:
        rules = load_indicators(args.indicators, args.extra_iocs)
    except (OSError, ValueError, KeyError, re.error) as e:
        print(f"cannot load indicators: {e}", file=sys.stderr)
        return 2
    hits, covered = sweep(rules, args.include_history)
    text = report(hits, covered, args.include_history)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"{len(hits)} hit(s); report written to {args.out}")
    else:
        print(text)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
