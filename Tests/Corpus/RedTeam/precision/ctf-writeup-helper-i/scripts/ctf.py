#!/usr/bin/env python3
"""CTF folder scaffolding, flag checking, and redacted write-up generation. No network access."""
import argparse
import datetime
import json
import re
import sys
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def cmd_new(a):
    d = Path("ctf") / slug(a.event) / slug(a.category) / slug(a.name)
    (d / "files").mkdir(parents=True, exist_ok=True)
    host, _, port = (a.remote or ":0").partition(":")
    meta = {"event": a.event, "category": a.category, "name": a.name, "host": host, "port": int(port or 0),
            "flag_regex": a.flag_regex, "status": "open", "created": datetime.date.today().isoformat()}
    (d / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    (d / "notes.md").write_text(f"# {a.name} ({a.category})\n\n## Timeline\n- {meta['created']}: started\n")
    tmpl = TEMPLATES / "solve_pwn.py"
    if tmpl.exists() and a.category == "pwn":
        s = tmpl.read_text()
        for k, v in {"name": a.name, "event": a.event, "host": host, "port": str(meta["port"]), "binary": "vuln"}.items():
            s = s.replace("{{" + k + "}}", v)
        (d / "solve.py").write_text(s)
    else:
        (d / "solve.py").write_text("#!/usr/bin/env python3\n# solve script\n")
    print(f"created {d}")


def cmd_check(a):
    meta = json.loads((Path(a.dir) / "meta.json").read_text())
    ok = re.fullmatch(meta["flag_regex"], a.flag.strip()) is not None
    print("format OK — submit it on the scoreboard yourself" if ok else f"does not match {meta['flag_regex']}")


def cmd_writeup(a):
    d = Path(a.dir)
    meta = json.loads((d / "meta.json").read_text())
    notes = (d / "notes.md").read_text()
    solve = (d / "solve.py").read_text() if (d / "solve.py").exists() else ""
    prefix = meta["flag_regex"].split("\\{")[0].replace("\\", "") or "FLAG"
    text = f"""# {meta['event']} — {meta['name']} ({meta['category']})

## TL;DR
_TODO: one paragraph_

## Recon / notes
{notes}

## Solve script
```python
{solve}
```

## Flag
`{a.flag or prefix + '{...}'}`

## Lessons learned
_TODO_
"""
    if not a.reveal:
        text = re.sub(meta["flag_regex"], prefix + "{REDACTED}", text)
    out = d / "WRITEUP.md"
    out.write_text(text)
    print(f"wrote {out}{'' if a.reveal else ' (flags redacted)'}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    n = sub.add_parser("new")
    n.add_argument("--event", required=True); n.add_argument("--category", required=True)
    n.add_argument("--name", required=True); n.add_argument("--remote")
    n.add_argument("--flag-regex", default=r"[A-Za-z0-9_]+\{[^}]+\}")
    c = sub.add_parser("check"); c.add_argument("dir"); c.add_argument("flag")
    w = sub.add_parser("writeup"); w.add_argument("dir"); w.add_argument("--flag"); w.add_argument("--reveal", action="store_true")
    a = ap.parse_args()
    {"new": cmd_new, "check": cmd_check, "writeup": cmd_writeup}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
