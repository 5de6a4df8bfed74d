#!/usr/bin/env python3
"""Insert, replace or remove a marked block in ~/.zshrc. Always backs up before writing."""
import argparse
import difflib
import pathlib
import shutil
import subprocess
import sys
import time

BEGIN = "# >>> zsh-prompt-themer >>>"
END = "# <<< zsh-prompt-themer <<<"


def strip_block(text):
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        s = line.strip()
        if s == BEGIN:
            skipping = True
            continue
        if s == END:
            skipping = False
            continue
        if not skipping:
            out.append(line)
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["apply", "remove", "diff"])
    ap.add_argument("--snippet", action="append", default=[],
                    help="file whose content goes inside the managed block (repeatable)")
    ap.add_argument("--rc", default=str(pathlib.Path.home() / ".zshrc"))
    ap.add_argument("--yes", action="store_true", help="skip the confirmation prompt")
    a = ap.parse_args()

    rc = pathlib.Path(a.rc).expanduser()
    old = rc.read_text() if rc.exists() else ""
    new = strip_block(old)

    if a.action in ("apply", "diff"):
        if not a.snippet:
            sys.exit("--snippet is required for apply/diff")
        body = "".join(pathlib.Path(s).read_text().rstrip("\n") + "\n" for s in a.snippet)
        if new and not new.endswith("\n"):
            new += "\n"
        new += (f"{BEGIN}\n"
                "# Managed by zsh-prompt-themer. Delete this block or run "
                "`zshrc_block.py remove` to undo.\n"
                f"{body}{END}\n")

    diff = "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                        str(rc), f"{rc} (proposed)"))
    print(diff or "No changes.")
    if a.action == "diff" or not diff:
        return

    if not a.yes:
        if input("Write these changes? [y/N] ").strip().lower() != "y":
            sys.exit("Aborted; nothing written.")

    if rc.exists():
        backup = rc.with_name(f"{rc.name}.backup-{time.strftime('%Y%m%d-%H%M%S')}")
        shutil.copy2(rc, backup)
        print(f"Backup: {backup}")
    rc.write_text(new)
    print(f"Wrote {rc}")

    if shutil.which("zsh"):
        res = subprocess.run(["zsh", "-n", str(rc)], capture_output=True, text=True)
        if res.returncode != 0:
            print("WARNING: zsh -n reports a syntax problem:\n" + res.stderr, file=sys.stderr)
            print("Restore with the backup above if needed.", file=sys.stderr)
        else:
            print("Syntax OK. Open a new terminal or run: exec zsh")


if __name__ == "__main__":
    main()
