#!/usr/bin/env python3
"""Add/remove/list lines inside a marked block of a shell rc file, with diff and backup."""
import difflib
import os
import shutil
import sys

BEGIN = "# >>> dotfiles-manager >>>"
END = "# <<< dotfiles-manager <<<"
ALLOWED_FILES = {".bashrc", ".zshrc", ".bash_profile", ".profile", ".bash_aliases"}


def load(path):
    return open(path, encoding="utf-8").read().splitlines() if os.path.exists(path) else []


def block_bounds(lines):
    if BEGIN in lines and END in lines:
        return lines.index(BEGIN), lines.index(END)
    return None


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: rc_block.py RCFILE add|remove|list [LINE]")
    path = os.path.expanduser(argv[0])
    if os.path.basename(path) not in ALLOWED_FILES or not os.path.abspath(path).startswith(os.path.expanduser("~")):
        sys.exit(f"refusing: {path} is not a shell rc file in your home directory")
    action, line = argv[1], (argv[2] if len(argv) > 2 else None)
    old = load(path)
    bounds = block_bounds(old)
    block = old[bounds[0] + 1:bounds[1]] if bounds else []

    if action == "list":
        print("\n".join(block) or "(empty)")
        return
    if line is None:
        sys.exit("a LINE is required")
    if "\n" in line:
        sys.exit("one line at a time")
    if action == "add" and line not in block:
        block.append(line)
    elif action == "remove":
        block = [l for l in block if l != line]

    if bounds:
        new = old[:bounds[0]] + ([BEGIN, *block, END] if block else []) + old[bounds[1] + 1:]
    else:
        new = old + (["", BEGIN, *block, END] if block else [])

    diff = list(difflib.unified_diff(old, new, path, path + " (new)", lineterm=""))
    if not diff:
        print("no change")
        return
    print("\n".join(diff))
    if os.path.exists(path):
        shutil.copy2(path, path + ".dotfiles-manager.bak")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(new) + "\n")
    print(f"updated {path}; open a new terminal or run: source {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
