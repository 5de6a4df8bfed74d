#!/usr/bin/env python3
"""Back up user-listed dotfiles to the user's own S3 bucket (via the AWS CLI)."""
import argparse
import configparser
import datetime as dt
import fnmatch
import hashlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HOME = Path.home()
CONF_DIR = HOME / ".config" / "dotfiles-backup"
DEFAULT_INCLUDE = [".bashrc", ".zshrc", ".profile", ".gitconfig", ".vimrc",
                   ".tmux.conf", ".config/nvim"]

# Always excluded, even if the user lists them: these are credential stores or history.
DENY = [".ssh", ".ssh/*", ".aws", ".aws/*", ".gnupg", ".gnupg/*", ".kube", ".kube/*",
        ".docker/config.json", ".netrc", ".npmrc", ".pypirc", ".git-credentials",
        ".config/gh/hosts.yml", "*.env", ".env*", "*/.env*",
        ".bash_history", ".zsh_history", ".python_history", ".lesshst"]

SECRET_RES = [re.compile(p) for p in (
    r"AKIA[0-9A-Z]{16}",
    r"gh[pousr]_[A-Za-z0-9]{36,}",
    r"github_pat_[A-Za-z0-9_]{40,}",
    r"sk-ant-[A-Za-z0-9_-]{20,}",
    r"xox[abp]-[A-Za-z0-9-]{10,}",
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----",
    r"(?i)(password|passwd|secret|token)\s*=\s*['\"]?[^\s'\"]{8,}",
)]


def load_config():
    cfg = configparser.ConfigParser()
    if not cfg.read(CONF_DIR / "config.ini") or not cfg.has_option("backup", "bucket"):
        sys.exit(f"Configure your bucket first in {CONF_DIR / 'config.ini'} (see SKILL.md).")
    return cfg["backup"]["bucket"], cfg["backup"].get("prefix", "dotfiles").strip("/")


def denied(rel: str) -> bool:
    return any(fnmatch.fnmatch(rel, pat) for pat in DENY)


def include_list():
    f = CONF_DIR / "include.txt"
    if f.exists():
        return [l.strip() for l in f.read_text().splitlines()
                if l.strip() and not l.startswith("#")]
    return DEFAULT_INCLUDE


def collect(allow):
    files, skipped = [], []
    for entry in include_list():
        root = (HOME / entry).resolve()
        if not str(root).startswith(str(HOME)):
            skipped.append((entry, "outside $HOME"))
            continue
        candidates = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for p in candidates:
            rel = str(p.relative_to(HOME))
            if denied(rel):
                skipped.append((rel, "deny list (credential store / history)"))
                continue
            if rel not in allow:
                text = p.read_text(errors="ignore")
                if any(r.search(text) for r in SECRET_RES):
                    skipped.append((rel, "looks like it contains a secret; use --allow after checking"))
                    continue
            files.append(p)
    return files, skipped


def build_archive(files) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for p in files:
            tar.add(p, arcname=str(p.relative_to(HOME)))
    return buf.getvalue()


def cmd_backup(args):
    bucket, prefix = load_config()
    files, skipped = collect(set(args.allow or []))
    print("Files to back up:")
    for p in files:
        print(f"  {p.relative_to(HOME)}  ({p.stat().st_size} bytes)")
    for rel, why in skipped:
        print(f"  SKIP {rel}: {why}")
    if args.dry_run or not files:
        return
    blob = build_archive(files)
    name = f"dotfiles-{dt.datetime.now():%Y%m%d-%H%M%S}.tar.gz"
    dest = f"s3://{bucket}/{prefix}/{name}"
    print(f"\nArchive {name}: {len(blob)} bytes, sha256 {hashlib.sha256(blob).hexdigest()}")
    if input(f"Upload to {dest}? [y/N] ").strip().lower() != "y":
        print("Cancelled; nothing uploaded.")
        return
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        tmp.write(blob)
        tmp.flush()
        subprocess.run(["aws", "s3", "cp", tmp.name, dest, "--sse", "AES256",
                        "--only-show-errors"], check=True)
    print(f"Uploaded to {dest}")


def cmd_list(_args):
    bucket, prefix = load_config()
    subprocess.run(["aws", "s3", "ls", f"s3://{bucket}/{prefix}/"], check=True)


def cmd_restore(args):
    bucket, prefix = load_config()
    target = HOME / "dotfiles-restore"
    target.mkdir(exist_ok=True)
    local = target / args.archive
    subprocess.run(["aws", "s3", "cp", f"s3://{bucket}/{prefix}/{args.archive}", str(local)],
                   check=True)
    with tarfile.open(local) as tar:
        tar.extractall(target, filter="data")  # blocks absolute paths and ../ traversal
    print(f"Extracted into {target}. Diff and copy what you need; nothing in $HOME was replaced.")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("backup")
    b.add_argument("--dry-run", action="store_true")
    b.add_argument("--allow", action="append", help="relative path to include despite a secret-pattern hit")
    sub.add_parser("list")
    r = sub.add_parser("restore")
    r.add_argument("archive")
    args = ap.parse_args()
    {"backup": cmd_backup, "list": cmd_list, "restore": cmd_restore}[args.cmd](args)


if __name__ == "__main__":
    main()
