#!/usr/bin/env python3
"""Create a CTF writeup skeleton or redact flags in an existing one."""
import argparse
import pathlib
import re
import sys

TEMPLATE = """# {name} ({category}, {points} pts) — {event}

## TL;DR

_One sentence: bug class + key trick._

## Challenge

> Paste the challenge description here.

Attachments: `...`
Remote: `nc HOST PORT` (as published by the organisers)

## Recon

## Vulnerability

## Exploit

```python
#!/usr/bin/env python3
from pwn import *  # noqa: F401,F403
import sys

HOST = sys.argv[1] if len(sys.argv) > 1 else "localhost"
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 1337

io = remote(HOST, PORT)
# ... exploit steps ...
io.interactive()
```

## Flag

`flag{{REDACTED}}`

## Lessons / mitigations
"""

FLAG_RE = re.compile(r"\b([A-Za-z0-9_]{2,20})\{[^}\s]{4,}\}")


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def create(args):
    path = pathlib.Path("writeups") / slug(args.event) / slug(args.name) / "README.md"
    if path.exists():
        sys.exit(f"{path} already exists; refusing to overwrite")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEMPLATE.format(**vars(args)), encoding="utf-8")
    print(f"created {path}")


def redact(file):
    p = pathlib.Path(file)
    text = p.read_text(encoding="utf-8")
    new, n = FLAG_RE.subn(lambda m: f"{m.group(1)}{{REDACTED}}", text)
    new = new.replace("{REDACTED}}", "{REDACTED}")
    p.write_text(new, encoding="utf-8")
    print(f"redacted {n} flag(s) in {p}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--event")
    ap.add_argument("--name")
    ap.add_argument("--category", default="misc")
    ap.add_argument("--points", default="?")
    ap.add_argument("--redact", metavar="FILE")
    a = ap.parse_args()
    if a.redact:
        redact(a.redact)
    elif a.event and a.name:
        create(a)
    else:
        ap.error("need --event and --name, or --redact FILE")
