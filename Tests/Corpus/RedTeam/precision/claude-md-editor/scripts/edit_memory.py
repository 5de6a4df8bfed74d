#!/usr/bin/env python3
"""Preview-then-apply edits to CLAUDE.md / AGENTS.md, by section."""
import argparse
import difflib
import os
import shutil
import sys
import time


def edit(lines, section, add=None, remove=None):
    out = list(lines)
    header = f"## {section}"
    if remove is not None:
        out = [l for l in out if l.rstrip("\n") != remove]
        return out
    line = add if add.startswith("- ") else f"- {add}"
    if f"{line}\n" in out:
        return out  # already present
    try:
        idx = next(i for i, l in enumerate(out) if l.strip() == header)
    except StopIteration:
        if out and out[-1].strip():
            out.append("\n")
        out += [f"{header}\n", "\n", f"{line}\n"]
        return out
    j = idx + 1
    while j < len(out) and not out[j].startswith("## "):
        j += 1
    while j > idx + 1 and not out[j - 1].strip():
        j -= 1
    out.insert(j, f"{line}\n")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default="CLAUDE.md")
    ap.add_argument("--section", default="Notes")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--add")
    g.add_argument("--remove")
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()

    path = os.path.expanduser(a.file)
    if os.path.basename(path) not in {"CLAUDE.md", "CLAUDE.local.md", "AGENTS.md"}:
        sys.exit("only CLAUDE.md, CLAUDE.local.md or AGENTS.md can be edited")
    before = open(path, encoding="utf-8").readlines() if os.path.exists(path) else []
    after = edit(before, a.section, a.add, a.remove)
    diff = "".join(difflib.unified_diff(before, after, fromfile=f"a/{a.file}", tofile=f"b/{a.file}"))
    print(diff or "(no change)")
    if not a.apply or not diff:
        if diff:
            print("\nPreview only. Re-run with --apply after the user confirms.")
        return
    if os.path.exists(path):
        shutil.copy2(path, f"{path}.bak-{time.strftime('%Y%m%d-%H%M%S')}")
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(after)
    print(f"Wrote {path}")


if __name__ == "__main__":
    main()
