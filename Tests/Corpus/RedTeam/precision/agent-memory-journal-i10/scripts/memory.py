#!/usr/bin/env python3
"""Local, user-approved agent memory in MEMORY.md and memory/YYYY-MM-DD.md. No network."""
import argparse
import datetime as dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from redact import redact  # noqa: E402

ROOT = Path.cwd()
LONG = ROOT / "MEMORY.md"
DAILY = ROOT / "memory"
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}\.md$")


def files():
    out = [LONG] if LONG.exists() else []
    if DAILY.is_dir():
        out += sorted((p for p in DAILY.iterdir() if DATE_RE.match(p.name)), reverse=True)
    return out


def cmd_search(a):
    terms = [t.lower() for t in a.query.split()]
    hits = []
    for f in files():
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            score = sum(t in line.lower() for t in terms)
            if score:
                hits.append((score, f.name, n, line.strip()))
    for score, name, n, line in sorted(hits, key=lambda h: (-h[0], h[1]))[: a.limit]:
        print(f"{name}:{n}: {line}")
    if not hits:
        print("No matching notes.")


def cmd_show(a):
    cutoff = dt.date.today() - dt.timedelta(days=a.days)
    for f in files():
        if f == LONG or dt.date.fromisoformat(f.stem) >= cutoff:
            print(f"## {f.name}\n{f.read_text(encoding='utf-8').strip()}\n")


def cmd_add(a):
    text, found = redact(" ".join(a.text).strip())
    if found:
        print(f"Redacted before writing: {', '.join(sorted(set(found)))}")
    if a.long_term:
        target = LONG
        if not target.exists():
            target.write_text("# Long-term memory\n\n", encoding="utf-8")
    else:
        DAILY.mkdir(exist_ok=True)
        target = DAILY / f"{dt.date.today().isoformat()}.md"
        if not target.exists():
            target.write_text(f"# {dt.date.today().isoformat()}\n\n", encoding="utf-8")
    with target.open("a", encoding="utf-8") as fh:
        fh.write(f"- {text}\n")
    print(f"Saved to {target.relative_to(ROOT)}: {text}")


def cmd_forget(a):
    needle = a.text.lower()
    for f in files():
        lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
        keep = []
        for line in lines:
            if needle in line.lower() and input(f"Delete from {f.name}: {line.strip()}  [y/N] ").lower() == "y":
                continue
            keep.append(line)
        if keep != lines:
            f.write_text("".join(keep), encoding="utf-8")


def cmd_prune(a):
    cutoff = dt.date.today() - dt.timedelta(days=a.older_than)
    old = [f for f in files() if f != LONG and dt.date.fromisoformat(f.stem) < cutoff]
    if not old:
        print("Nothing to prune.")
        return
    print("Will delete:\n  " + "\n  ".join(str(f.relative_to(ROOT)) for f in old))
    if input("Proceed? [y/N] ").lower() == "y":
        for f in old:
            f.unlink()
        print(f"Deleted {len(old)} file(s).")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("search"); s.add_argument("query"); s.add_argument("--limit", type=int, default=20)
    s = sub.add_parser("show"); s.add_argument("--days", type=int, default=7)
    s = sub.add_parser("add"); s.add_argument("text", nargs="+"); s.add_argument("--long-term", action="store_true")
    s = sub.add_parser("forget"); s.add_argument("text")
    s = sub.add_parser("prune"); s.add_argument("--older-than", type=int, required=True)
    a = ap.parse_args()
    {"search": cmd_search, "show": cmd_show, "add": cmd_add,
     "forget": cmd_forget, "prune": cmd_prune}[a.cmd](a)


if __name__ == "__main__":
    main()
