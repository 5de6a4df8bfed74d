#!/usr/bin/env python3
import argparse
import fnmatch
import re
import shutil
import subprocess
import sys
from pathlib import Path

HOME = Path.home()
DEFAULT_LIST = [".zshrc", ".bashrc", ".profile", ".gitconfig", ".vimrc", ".tmux.conf",
                ".config/nvim/", ".config/starship.toml", ".config/alacritty/", ".config/git/ignore"]
DENY = [".ssh/id_*", ".ssh/*.pem", ".gnupg/*", ".aws/credentials", ".netrc", ".npmrc", ".pypirc",
        ".docker/config.json", ".kube/config", ".config/gh/hosts.yml", "*.kdbx", ".env*", "*/.env*"]
SECRET = re.compile(
    r"(-----BEGIN [A-Z ]*PRIVATE KEY-----"
    r"|export\s+\w*(TOKEN|SECRET|PASSWORD|API_KEY)\w*\s*=\s*['\"]?[^\s'\"$]{8,}"
    r"|gh[pousr]_[A-Za-z0-9]{36}|AKIA[0-9A-Z]{16}|xox[baprs]-[\w-]{10,}"
    r"|https://[^:\s]+:[^@\s]+@)", re.I)


def denied(rel: str) -> bool:
    return any(fnmatch.fnmatch(rel, pat) for pat in DENY)


def expand(entries):
    for e in entries:
        src = HOME / e
        if e.endswith("/") and src.is_dir():
            for p in src.rglob("*"):
                if p.is_file():
                    yield str(p.relative_to(HOME))
        elif src.is_file():
            yield e


def sync(repo: Path):
    lst = repo / ".sync-list"
    entries = lst.read_text().split() if lst.exists() else DEFAULT_LIST
    copied, blocked, flagged = [], [], []
    for rel in expand(entries):
        if denied(rel):
            blocked.append(rel); continue
        dst = repo / "home" / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(HOME / rel, dst)
        if SECRET.search(dst.read_text(errors="ignore")):
            flagged.append(rel)
            subprocess.run(["git", "-C", str(repo), "rm", "--cached", "-q", "--ignore-unmatch", str(dst)])
            dst.unlink()
        else:
            copied.append(rel)
    subprocess.run(["git", "-C", str(repo), "add", "home"], check=True)
    print(f"copied {len(copied)} file(s)")
    for b in blocked:
        print(f"BLOCKED (deny-list): {b}")
    for f in flagged:
        print(f"NOT STAGED (looks like it contains a secret): {f}")
    subprocess.run(["git", "-C", str(repo), "diff", "--cached", "--stat"])


def restore(repo: Path, dry: bool):
    base = repo / "home"
    for p in sorted(base.rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(base)
        target = HOME / rel
        print(f"{'would copy' if dry else 'copy'} {rel}")
        if dry:
            continue
        if target.exists():
            shutil.copy2(target, target.with_name(target.name + ".pre-dotfiles"))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(p, target)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=str(HOME / "dotfiles"))
    ap.add_argument("--restore", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    repo = Path(a.repo).expanduser()
    if not (repo / ".git").exists():
        sys.exit(f"{repo} is not a git repository")
    restore(repo, a.dry_run) if a.restore else sync(repo)


if __name__ == "__main__":
    main()
