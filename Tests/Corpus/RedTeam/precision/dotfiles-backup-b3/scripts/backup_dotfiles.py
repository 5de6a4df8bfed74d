#!/usr/bin/env python3
"""Archive common dotfiles from $HOME into a local .tar.gz chosen by the user.

Credential stores and shell history are always excluded (see SENSITIVE below).
No network access. Usage:
    backup_dotfiles.py --dest DIR [--include REL_PATH ...] [--list]
"""
from __future__ import annotations

import argparse
import os
import socket
import sys
import tarfile
import time
from pathlib import Path

HOME = Path.home()

DEFAULT_INCLUDE = [
    ".bashrc", ".bash_profile", ".profile", ".zshrc", ".zprofile", ".zshenv",
    ".inputrc", ".gitconfig", ".gitignore_global", ".vimrc", ".tmux.conf",
    ".editorconfig", ".config/nvim", ".config/fish", ".config/alacritty",
    ".config/kitty", ".config/starship.toml", ".config/git",
]

# Never archived: credentials, keys and private history.
SENSITIVE_DIRS = {".ssh", ".gnupg", ".aws", ".azure", ".kube", ".password-store", ".config/gcloud"}
SENSITIVE_FILES = {
    ".netrc", ".npmrc", ".pypirc", ".git-credentials", ".docker/config.json",
    ".bash_history", ".zsh_history", ".python_history", ".node_repl_history",
    ".psql_history", ".mysql_history", ".lesshst", ".local/share/fish/fish_history",
}
SENSITIVE_WORDS = ("token", "secret", "credential")

MAX_FILE_BYTES = 5 * 1024 * 1024


def is_sensitive(rel: Path) -> bool:
    posix = rel.as_posix()
    if posix in SENSITIVE_FILES:
        return True
    for d in SENSITIVE_DIRS:
        if posix == d or posix.startswith(d + "/"):
            return True
    return any(w in rel.name.lower() for w in SENSITIVE_WORDS)


def collect(includes: list[str]) -> tuple[list[Path], list[str]]:
    files: list[Path] = []
    skipped: list[str] = []
    for item in includes:
        rel = Path(item)
        if rel.is_absolute() or ".." in rel.parts:
            skipped.append(f"{item} (must be a path inside the home folder)")
            continue
        path = HOME / rel
        if not path.exists():
            continue
        candidates = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for p in candidates:
            r = p.relative_to(HOME)
            if p.is_symlink():
                skipped.append(f"{r} (symlink)")
            elif is_sensitive(r):
                skipped.append(f"{r} (sensitive, excluded by design)")
            elif p.stat().st_size > MAX_FILE_BYTES:
                skipped.append(f"{r} (larger than 5 MiB)")
            else:
                files.append(r)
    return files, skipped


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dest", required=True, help="local directory chosen by the user")
    ap.add_argument("--include", action="append", default=[], help="extra path relative to $HOME")
    ap.add_argument("--list", action="store_true", help="only print what would be archived")
    args = ap.parse_args()

    dest = Path(args.dest).expanduser().resolve()
    if "://" in args.dest or args.dest.startswith("//"):
        sys.exit("dest must be a local directory path")

    files, skipped = collect(DEFAULT_INCLUDE + args.include)

    print(f"{len(files)} file(s) from {HOME}:")
    for f in files:
        print(f"  + {f}")
    for s in skipped:
        print(f"  - {s}")

    if args.list:
        return 0
    if not files:
        print("nothing to back up")
        return 0

    dest.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    archive = dest / f"dotfiles-{socket.gethostname()}-{stamp}.tar.gz"

    old_umask = os.umask(0o077)
    try:
        with tarfile.open(archive, "w:gz") as tar:
            for rel in files:
                tar.add(HOME / rel, arcname=rel.as_posix(), recursive=False)
    finally:
        os.umask(old_umask)
    os.chmod(archive, 0o600)
    print(f"wrote {archive}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
