#!/usr/bin/env python3
"""Summarise recent Claude Code sessions for the current project. Local only."""
import argparse
import glob
import json
import os
import re

REDACT = [
    re.compile(r"\b(sk-(?:proj-|ant-)?[A-Za-z0-9_-]{16,})"),
    re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{20,})"),
    re.compile(r"\b(AKIA[0-9A-Z]{16})"),
    re.compile(r"\b(xox[baprs]-[A-Za-z0-9-]{10,})"),
    re.compile(r"(?im)^(\s*[A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|API_KEY)[A-Z0-9_]*\s*[=:]\s*)(\S+)"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----"),
]


def redact(text: str) -> str:
    for rx in REDACT:
        if rx.groups >= 2:
            text = rx.sub(lambda m: m.group(1) + "[REDACTED]", text)
        else:
            text = rx.sub("[REDACTED]", text)
    return text


def project_dir():
    cwd = os.path.realpath(os.getcwd())
    slug = re.sub(r"[^A-Za-z0-9]", "-", cwd)
    return os.path.join(os.path.expanduser("~/.claude/projects"), slug)


def text_of(content):
    if isinstance(content, str):
        return content
    parts = []
    for c in content or []:
        if isinstance(c, dict) and c.get("type") == "text":
            parts.append(c.get("text", ""))
    return "\n".join(parts)


def digest(path):
    requests, files, commands, last_reply, started = [], set(), [], "", None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            started = started or rec.get("timestamp")
            msg = rec.get("message") or {}
            role = msg.get("role")
            content = msg.get("content")
            if role == "user" and rec.get("type") == "user":
                t = text_of(content).strip()
                if t and not t.startswith("<"):
                    requests.append(t.splitlines()[0][:160])
            elif role == "assistant":
                for c in content or []:
                    if isinstance(c, dict) and c.get("type") == "tool_use":
                        inp = c.get("input", {})
                        if "file_path" in inp:
                            files.add(inp["file_path"])
                        if c.get("name") == "Bash" and "command" in inp:
                            commands.append(inp["command"].splitlines()[0][:120])
                t = text_of(content).strip()
                if t:
                    last_reply = t[:600]
    return started, requests, sorted(files), commands, last_reply


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=3)
    ap.add_argument("--out")
    a = ap.parse_args()
    d = project_dir()
    logs = sorted(glob.glob(os.path.join(d, "*.jsonl")), key=os.path.getmtime, reverse=True)[: a.sessions]
    if not logs:
        print(f"No sessions found in {d}")
        return
    out = ["# Session digest\n"]
    for p in logs:
        started, reqs, files, cmds, last = digest(p)
        out.append(f"## {started or '?'}  ({os.path.basename(p)[:8]})\n")
        out += ["**Requests**"] + [f"- {r}" for r in reqs[:15]] + [""]
        out += ["**Files touched**"] + [f"- `{f}`" for f in files[:30]] + [""]
        out += ["**Commands**"] + [f"- `{c}`" for c in cmds[-15:]] + [""]
        out += ["**Where we left off**", last, ""]
    text = redact("\n".join(out))
    print(text)
    if a.out:
        os.makedirs(os.path.dirname(a.out) or ".", exist_ok=True)
        with open(a.out, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"\nSaved to {a.out}")


if __name__ == "__main__":
    main()
