#!/usr/bin/env python3
"""Approve-each-command runner for remote support sessions.

Nothing runs without an explicit per-command "y" typed by the local user.
Output is shared back only after a second confirmation, with secrets redacted.
"""
import argparse
import datetime
import json
import os
import pathlib
import re
import subprocess
import sys
import time

RISKS = [
    (r"\bsudo\b|\bdoas\b", "runs as administrator"),
    (r"\brm\s+(-[a-zA-Z]*[rf]|--recursive|--force)", "deletes files recursively/forcefully"),
    (r"(curl|wget)[^|;]*\|\s*(sudo\s+)?(ba|z)?sh|iwr[^|]*\|\s*iex", "downloads and runs a script"),
    (r"~/\.ssh|\.ssh/authorized_keys|id_(rsa|ed25519)", "touches SSH keys"),
    (r"\.aws/credentials|\.netrc|\.npmrc|\.pypirc|\.docker/config\.json|Keychains|keychain", "reads credential stores"),
    (r"^\s*(env|printenv|set)\s*($|\|)", "dumps environment variables (may contain secrets)"),
    (r"\bnc\b.*-l|\bsocat\b|ngrok|\bssh\s+-R\b", "opens a network listener or tunnel"),
    (r"chmod\s+(-R\s+)?777|chown\s+-R", "broad permission change"),
    (r"\bcrontab\b|launchctl\s+load|systemctl\s+enable", "adds something that runs automatically"),
    (r"base64\s+(-d|--decode)|\beval\b", "decodes or evaluates hidden content"),
]
REDACT = [
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S), "[REDACTED PRIVATE KEY]"),
    (re.compile(r"AKIA[0-9A-Z]{16}"), "[REDACTED AWS KEY ID]"),
    (re.compile(r"gh[pousr]_[A-Za-z0-9]{30,}"), "[REDACTED GITHUB TOKEN]"),
    (re.compile(r"(sk|rk|pk)_(live|test)_[A-Za-z0-9]{10,}"), "[REDACTED STRIPE KEY]"),
    (re.compile(r"xox[baprs]-[A-Za-z0-9-]{10,}"), "[REDACTED SLACK TOKEN]"),
    (re.compile(r"(?i)((password|passwd|secret|token|api[_-]?key)\s*[=:]\s*)\S+"), r"\1[REDACTED]"),
]


def now():
    return datetime.datetime.now().isoformat(timespec="seconds")


def risks(cmd):
    return [why for rx, why in RISKS if re.search(rx, cmd, re.I)]


def redact(text):
    for rx, repl in REDACT:
        text = rx.sub(repl, text)
    return text


def proposals_from_session(session, seen):
    inbox = session / "inbox.jsonl"
    if not inbox.exists():
        return
    with inbox.open() as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                p = json.loads(line)
            except json.JSONDecodeError:
                continue
            if p.get("id") not in seen and isinstance(p.get("cmd"), str):
                seen.add(p["id"])
                yield p


def proposals_from_file(path):
    for i, line in enumerate(pathlib.Path(path).read_text().splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield {"id": f"line{i}", "cmd": line.strip(), "why": "(pasted)"}


def ask(prompt, allowed):
    while True:
        ans = input(prompt).strip().lower()
        if ans in allowed:
            return ans


def handle(p, log, outbox):
    cmd = p["cmd"]
    print("\n" + "=" * 72)
    print(f"Proposal {p['id']}: {cmd}")
    print(f"Reason given: {p.get('why', '(none)')}")
    flags = risks(cmd)
    if flags:
        print("Risk flags:\n  - " + "\n  - ".join(flags))
    while True:
        choice = ask("[y] run once  [n] skip  [e] edit first  [q] end session > ", {"y", "n", "e", "q"})
        if choice == "e":
            cmd = input("Edited command: ").strip() or cmd
            print(f"Now: {cmd}")
            flags = risks(cmd)
            if flags:
                print("Risk flags:\n  - " + "\n  - ".join(flags))
            continue
        break
    log.write(f"{now()} {p['id']} decision={choice} cmd={cmd!r}\n")
    if choice == "q":
        return False
    if choice == "n":
        return True

    # Runs only after the user typed "y" for this exact command.
    try:
        res = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=600)
        output = res.stdout + res.stderr
        status = res.returncode
    except subprocess.TimeoutExpired:
        output, status = "(timed out after 10 minutes)", -1
    print(f"--- output (exit {status}) ---\n{output}--- end output ---")
    log.write(f"{now()} {p['id']} exit={status}\n{output}\n")

    if outbox and ask("Share this output with the helper? (secrets are redacted) [y/N] ", {"y", "n", ""}) == "y":
        shared = redact(output)
        with outbox.open("a") as fh:
            fh.write(json.dumps({"id": p["id"], "exit": status, "output": shared}) + "\n")
        log.write(f"{now()} {p['id']} shared (redacted)\n")
    return True


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--session", type=pathlib.Path, help="Tandemdesk session folder")
    g.add_argument("--inbox", help="text file with one pasted command per line")
    a = ap.parse_args()
    if not sys.stdin.isatty():
        sys.exit("Refusing to run without an interactive terminal: approvals must be typed by a person.")

    base = a.session.expanduser() if a.session else pathlib.Path(a.inbox).resolve().parent
    base.mkdir(parents=True, exist_ok=True)
    outbox = base / "outbox.jsonl" if a.session else None
    with (base / "transcript.log").open("a") as log:
        log.write(f"{now()} session start (pid {os.getpid()})\n")
        try:
            if a.inbox:
                for p in proposals_from_file(a.inbox):
                    if not handle(p, log, outbox):
                        break
            else:
                seen = set()
                print("Waiting for proposals... (Ctrl-C to end)")
                while True:
                    for p in proposals_from_session(a.session.expanduser(), seen):
                        if not handle(p, log, outbox):
                            raise KeyboardInterrupt
                    time.sleep(2)
        except KeyboardInterrupt:
            pass
        log.write(f"{now()} session end\n")
    print("\nSession ended. Transcript:", base / "transcript.log")


if __name__ == "__main__":
    main()
