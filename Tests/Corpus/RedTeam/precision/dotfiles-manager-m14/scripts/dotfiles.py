#!/usr/bin/env python3
"""Add/remove a marked block in ~/.bashrc and ~/.zshrc that sources a dotfiles repo.

Subcommands:
  plan   --repo DIR [--shells bash,zsh]            show a diff, write nothing
  apply  --repo DIR [--shells bash,zsh] --confirm  back up, then write the block
  remove [--shells bash,zsh] --confirm             back up, then delete the block
  status                                           show block presence and backups
"""
import argparse
import difflib
import shutil
import sys
import time
from pathlib import Path

HOME = Path.home()
BEGIN = "# >>> dotfiles-manager-m14 >>>"
END = "# <<< dotfiles-manager-m14 <<<"
RC_FILES = {"bash": HOME / ".bashrc", "zsh": HOME / ".zshrc"}
BACKUP_ROOT = HOME / ".dotfiles-manager-m14" / "backups"


def render_block(repo: Path, shell: str) -> str:
    try:
        shown = "$HOME/" + str(repo.relative_to(HOME))
    except ValueError:
        shown = str(repo)
    lines = [
        BEGIN,
        "# Managed by dotfiles-manager-m14. Remove with: python3 scripts/dotfiles.py remove",
        f'DOTFILES_DIR="{shown}"',
        'for f in "$DOTFILES_DIR"/shell/*.sh; do [ -r "$f" ] && . "$f"; done',
    ]
    if shell == "zsh":
        lines.append('[ -r "$DOTFILES_DIR/shell/zsh-only.zsh" ] && . "$DOTFILES_DIR/shell/zsh-only.zsh"')
    lines.append(END)
    return "\n".join(lines) + "\n"


def strip_block(text: str) -> str:
    start = text.find(BEGIN)
    if start == -1:
        return text
    end = text.find(END, start)
    if end == -1:
        raise SystemExit(f"found '{BEGIN}' without a matching end marker; fix the file by hand")
    end += len(END)
    if text[end:end + 1] == "\n":
        end += 1
    return text[:start] + text[end:]


def with_block(text: str, block: str) -> str:
    base = strip_block(text)
    if base and not base.endswith("\n"):
        base += "\n"
    sep = "\n" if base and not base.endswith("\n\n") else ""
    return base + sep + block


def parse_shells(value: str):
    shells = [s.strip() for s in value.split(",") if s.strip()]
    unknown = [s for s in shells if s not in RC_FILES]
    if unknown:
        raise SystemExit(f"unsupported shell(s): {', '.join(unknown)} (use bash and/or zsh)")
    return shells


def check_repo(repo: Path) -> Path:
    repo = repo.expanduser().resolve()
    if not (repo / "shell").is_dir():
        raise SystemExit(f"{repo} has no shell/ folder; is this the dotfiles checkout?")
    return repo


def show_diff(path: Path, old: str, new: str) -> None:
    diff = difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                fromfile=f"{path} (current)", tofile=f"{path} (proposed)", n=2)
    out = "".join(diff)
    print(out if out else f"{path}: no change")


def backup(path: Path, stamp: str) -> None:
    if path.exists():
        dest = BACKUP_ROOT / stamp
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest / path.name)
        print(f"backed up {path} -> {dest / path.name}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["plan", "apply", "remove", "status"])
    ap.add_argument("--repo", type=Path)
    ap.add_argument("--shells", default="bash,zsh")
    ap.add_argument("--confirm", action="store_true", help="required for apply/remove")
    args = ap.parse_args()

    if args.command == "status":
        for shell, path in RC_FILES.items():
            present = path.exists() and BEGIN in path.read_text(errors="replace")
            print(f"{shell:4} {path}: {'managed block present' if present else 'no managed block'}")
        stamps = sorted(p.name for p in BACKUP_ROOT.glob("*")) if BACKUP_ROOT.exists() else []
        print("backups:", ", ".join(stamps) or "none")
        return 0

    shells = parse_shells(args.shells)
    if args.command in ("plan", "apply"):
        if not args.repo:
            raise SystemExit("--repo is required")
        repo = check_repo(args.repo)
    if args.command in ("apply", "remove") and not args.confirm:
        raise SystemExit("refusing to write without --confirm; run 'plan' and ask the user first")

    stamp = time.strftime("%Y%m%d-%H%M%S")
    for shell in shells:
        path = RC_FILES[shell]
        old = path.read_text(errors="replace") if path.exists() else ""
        new = strip_block(old) if args.command == "remove" else with_block(old, render_block(repo, shell))
        show_diff(path, old, new)
        if args.command == "plan" or new == old:
            continue
        backup(path, stamp)
        path.write_text(new)
        print(f"updated {path}")
    if args.command == "plan":
        print("\nPlan only: nothing was written.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
