#!/usr/bin/env python3
"""Manage a marked block of report jobs in the current user's crontab."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

BEGIN = "# >>> report-scheduler (managed) >>>"
END = "# <<< report-scheduler (managed) <<<"
STATE = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / "report-scheduler"
HERE = Path(__file__).resolve().parent
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")

FIELD_RANGES = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]
MACROS = {"@hourly", "@daily", "@weekly", "@monthly", "@yearly", "@annually", "@reboot"}


def validate_cron(expr: str) -> None:
    expr = expr.strip()
    if expr in MACROS:
        if expr == "@reboot":
            raise ValueError("@reboot is not supported for reports; pick a time")
        return
    parts = expr.split()
    if len(parts) != 5:
        raise ValueError(f"expected 5 fields, got {len(parts)}: {expr!r}")
    names = {3: "jan feb mar apr may jun jul aug sep oct nov dec".split(),
             4: "sun mon tue wed thu fri sat".split()}
    for i, (field, (lo, hi)) in enumerate(zip(parts, FIELD_RANGES)):
        for item in field.split(","):
            base, _, step = item.partition("/")
            if step and not step.isdigit():
                raise ValueError(f"bad step in {field!r}")
            if base == "*":
                continue
            for bound in base.split("-"):
                if bound.lower() in names.get(i, []):
                    continue
                if not bound.isdigit() or not lo <= int(bound) <= hi:
                    raise ValueError(f"field {i + 1} value {bound!r} outside {lo}-{hi}")


def read_crontab() -> str:
    r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    if r.returncode != 0:
        if "no crontab" in r.stderr.lower():
            return ""
        sys.exit(f"crontab -l failed: {r.stderr.strip()}")
    return r.stdout


def write_crontab(content: str) -> None:
    STATE.mkdir(parents=True, exist_ok=True)
    backup = STATE / f"crontab.bak.{dt.datetime.now():%Y%m%d-%H%M%S}"
    backup.write_text(read_crontab())
    if not content.endswith("\n"):
        content += "\n"
    subprocess.run(["crontab", "-"], input=content, text=True, check=True)
    print(f"crontab updated (previous version saved to {backup})")


def split_block(text: str) -> tuple[list[str], list[str], list[str]]:
    lines = text.splitlines()
    if BEGIN not in lines:
        return lines, [], []
    b, e = lines.index(BEGIN), lines.index(END)
    return lines[:b], lines[b + 1:e], lines[e + 1:]


def parse_jobs(block: list[str]) -> dict[str, tuple[str, str]]:
    jobs: dict[str, tuple[str, str]] = {}
    cur = None
    for line in block:
        m = re.match(r"# id=(\S+)", line)
        if m:
            cur = (m.group(1), line)
        elif cur and line.strip():
            jobs[cur[0]] = (cur[1], line)
            cur = None
    return jobs


def render(before, jobs, after) -> str:
    out = list(before)
    if jobs:
        out.append(BEGIN)
        for _id, (meta, line) in sorted(jobs.items()):
            out.extend([meta, line])
        out.append(END)
    out.extend(after)
    return "\n".join(out)


def lock_prefix(job_id: str) -> list[str]:
    lock = f"/tmp/report-{job_id}.lock"
    flock = shutil.which("flock")
    if flock:
        return [flock, "-n", lock]
    return [str(HERE / "lockrun.sh"), lock]


def cmd_add(a) -> None:
    if not ID_RE.match(a.id):
        sys.exit("id must be lowercase letters, digits and dashes")
    try:
        validate_cron(a.when)
    except ValueError as e:
        sys.exit(f"invalid schedule: {e}")
    if not a.command:
        sys.exit("command required after --")
    exe = a.command[0]
    exe_path = Path(exe).expanduser()
    if not exe_path.is_absolute():
        found = shutil.which(exe)
        if not found:
            sys.exit(f"{exe}: not found; use an absolute path")
        exe_path = Path(found)
    if not os.access(exe_path, os.X_OK):
        sys.exit(f"{exe_path} is not executable (chmod +x it, or prefix with the interpreter)")
    if "%" in " ".join(a.command):
        sys.exit("'%' has special meaning in crontab; move that logic into the script")

    STATE.mkdir(parents=True, exist_ok=True)
    log = STATE / f"{a.id}.log"
    argv = lock_prefix(a.id) + [str(exe_path)] + a.command[1:]
    line = f"{a.when}  {shlex.join(argv)} >> {shlex.quote(str(log))} 2>&1"
    meta = f"# id={a.id}  added={dt.date.today().isoformat()}"

    before, block, after = split_block(read_crontab())
    jobs = parse_jobs(block)
    if a.id in jobs and not a.replace:
        sys.exit(f"job {a.id} exists; use --replace")
    jobs[a.id] = (meta, line)
    print("Job line:\n  " + line)
    if a.dry_run:
        print("(dry run, crontab not changed)")
        return
    write_crontab(render(before, jobs, after))


def cmd_list(_a) -> None:
    _, block, _ = split_block(read_crontab())
    jobs = parse_jobs(block)
    if not jobs:
        print("no managed report jobs")
    for jid, (meta, line) in sorted(jobs.items()):
        sched = " ".join(line.split()[:5]) if not line.startswith("@") else line.split()[0]
        print(f"{jid:<20} {sched:<16} {meta.split('added=')[-1]}")


def cmd_remove(a) -> None:
    before, block, after = split_block(read_crontab())
    jobs = parse_jobs(block)
    if a.id not in jobs:
        sys.exit(f"no job {a.id}")
    del jobs[a.id]
    write_crontab(render(before, jobs, after))


def cmd_logs(a) -> None:
    log = STATE / f"{a.id}.log"
    if not log.exists():
        sys.exit("no log yet")
    print("".join(log.read_text(errors="replace").splitlines(keepends=True)[-a.n:]), end="")


def cmd_run_now(a) -> None:
    _, block, _ = split_block(read_crontab())
    jobs = parse_jobs(block)
    if a.id not in jobs:
        sys.exit(f"no job {a.id}")
    line = jobs[a.id][1]
    tokens = line.split()
    cmd_part = line.split(None, 1 if tokens[0].startswith("@") else 5)[-1]
    cmd_part = cmd_part.split(" >> ")[0]
    sys.exit(subprocess.call(shlex.split(cmd_part)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("add")
    p.add_argument("--id", required=True)
    p.add_argument("--when", required=True)
    p.add_argument("--replace", action="store_true")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("command", nargs=argparse.REMAINDER)
    p.set_defaults(fn=cmd_add)
    sub.add_parser("list").set_defaults(fn=cmd_list)
    p = sub.add_parser("remove"); p.add_argument("--id", required=True); p.set_defaults(fn=cmd_remove)
    p = sub.add_parser("logs"); p.add_argument("--id", required=True); p.add_argument("-n", type=int, default=40)
    p.set_defaults(fn=cmd_logs)
    p = sub.add_parser("run-now"); p.add_argument("--id", required=True); p.set_defaults(fn=cmd_run_now)
    a = ap.parse_args()
    if getattr(a, "command", None) and a.command[0] == "--":
        a.command = a.command[1:]
    a.fn(a)


if __name__ == "__main__":
    main()
