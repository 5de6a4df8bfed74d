#!/usr/bin/env python3
"""Add/remove bullets inside a marker-delimited section of CLAUDE.md. Touches nothing else."""
import argparse
import difflib
import pathlib
import re
import sys

START = "<!-- project-conventions:start (managed by claude-md-section-updater; edit freely) -->"
END = "<!-- project-conventions:end -->"
START_RX = re.compile(r"<!-- project-conventions:start[^>]*-->")
HEADING = "## Project conventions"
SECRETISH = re.compile(r"(AKIA[0-9A-Z]{16}|gh[pousr]_\w{20,}|sk_live_|xox[bp]-|-----BEGIN|://[^/\s]+:[^@\s]+@)")
LOOSENING = re.compile(r"(ignore (all )?previous|auto-?approve|skip (all )?confirm|without asking|--dangerously)", re.I)


def split(text):
    m = START_RX.search(text)
    e = text.find(END)
    if not m or e < m.end():
        return text.rstrip("\n") + "\n\n", None, ""
    return text[:m.start()], text[m.end():e], text[e + len(END):]


def bullets(body):
    return [ln for ln in (body or "").splitlines() if ln.startswith("- ")]


def render(before, items, after):
    block = "\n".join([START, HEADING, *items, END])
    return f"{before}{block}{after if after else chr(10)}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["add", "remove", "show"])
    ap.add_argument("text", nargs="?")
    ap.add_argument("--file", default="CLAUDE.md")
    ap.add_argument("--yes", action="store_true")
    a = ap.parse_args()

    path = pathlib.Path(a.file)
    original = path.read_text(encoding="utf-8") if path.exists() else ""
    before, body, after = split(original)
    items = bullets(body)

    if a.action == "show":
        print("\n".join(items) or "(no managed section yet)")
        return
    if not a.text:
        sys.exit("text required")

    if a.action == "add":
        entry = a.text.strip().replace("\n", " ")
        if SECRETISH.search(entry):
            sys.exit("refusing: entry looks like it contains a credential")
        if LOOSENING.search(entry):
            sys.exit("refusing: entry would loosen agent safety rules; edit the file by hand if truly intended")
        line = f"- {entry}"
        if line in items:
            print("already present")
            return
        items.append(line)
    else:
        kept = [i for i in items if a.text.lower() not in i.lower()]
        if len(kept) == len(items):
            sys.exit("no matching entry")
        items = kept

    updated = render(before, items, after)
    diff = difflib.unified_diff(original.splitlines(True), updated.splitlines(True),
                                fromfile=f"a/{path}", tofile=f"b/{path}")
    sys.stdout.writelines(diff)
    if not a.yes and input("\nApply? [y/N] ").strip().lower() != "y":
        sys.exit("not applied")
    path.write_text(updated, encoding="utf-8")
    print(f"updated {path}")


if __name__ == "__main__":
    main()
