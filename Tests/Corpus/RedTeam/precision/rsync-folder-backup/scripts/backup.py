#!/usr/bin/env python3
"""Snapshot backups with rsync --link-dest to a user-configured SSH destination."""
import argparse
import datetime as dt
import os
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

CONFIG = Path("~/.config/rsync-backup/config.toml").expanduser()


def load():
    if not CONFIG.exists():
        sys.exit(f"No config at {CONFIG}. Create it first (see SKILL.md).")
    cfg = tomllib.loads(CONFIG.read_text())
    host, _, root = cfg["destination"].partition(":")
    if not host or not root:
        sys.exit("destination must look like user@host:/path")
    cfg["_host"], cfg["_root"] = host, root.rstrip("/")
    cfg["_ssh"] = ["ssh", "-i", os.path.expanduser(cfg["ssh_key"]), "-o", "BatchMode=yes"]
    return cfg


def remote(cfg, cmd: str, check=True):
    return subprocess.run(cfg["_ssh"] + [cfg["_host"], cmd], check=check, capture_output=True, text=True)


def cmd_check(cfg, _):
    for s in cfg["sources"]:
        p = Path(s).expanduser()
        print(f"{'OK ' if p.exists() else 'MISSING'} {p}")
    r = remote(cfg, f"mkdir -p {shlex.quote(cfg['_root'])} && df -h {shlex.quote(cfg['_root'])}", check=False)
    print(r.stdout or r.stderr)


def cmd_run(cfg, args):
    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M")
    dest = f"{cfg['_root']}/{stamp}"
    rsync = ["rsync", "-a", "--human-readable", "--info=stats1,progress2",
             "-e", " ".join(shlex.quote(x) for x in cfg["_ssh"]),
             f"--link-dest={cfg['_root']}/latest", "--relative"]
    if args.dry_run:
        rsync.append("--dry-run")
    for e in cfg.get("exclude", []):
        rsync.append(f"--exclude={e}")
    rsync += [str(Path(s).expanduser()) for s in cfg["sources"]]
    rsync.append(f"{cfg['_host']}:{dest}/")
    print("$", " ".join(shlex.quote(x) for x in rsync))
    subprocess.run(rsync, check=True)
    if not args.dry_run:
        remote(cfg, f"ln -sfn {shlex.quote(stamp)} {shlex.quote(cfg['_root'] + '/latest')}")
        print(f"Snapshot {stamp} complete.")


def cmd_list(cfg, _):
    print(remote(cfg, f"ls -1 {shlex.quote(cfg['_root'])}").stdout)


def cmd_restore(cfg, args):
    src_abs = str(Path(args.path).expanduser())
    src = f"{cfg['_host']}:{cfg['_root']}/{args.snapshot}{src_abs}"
    to = Path(args.to).expanduser()
    to.mkdir(parents=True, exist_ok=True)
    subprocess.run(["rsync", "-a", "-e", " ".join(cfg["_ssh"]), src, str(to)], check=True)
    print(f"Restored into {to} (original location untouched).")


def cmd_prune(cfg, _):
    snaps = sorted(l for l in remote(cfg, f"ls -1 {shlex.quote(cfg['_root'])}").stdout.split() if l[:4].isdigit())
    keep = set(snaps[-cfg.get("keep_daily", 14):])
    weekly = {}
    for s in snaps:
        d = dt.datetime.strptime(s, "%Y-%m-%d_%H%M")
        weekly.setdefault(d.isocalendar()[:2], s)
    keep |= set(sorted(weekly.values())[-cfg.get("keep_weekly", 8):])
    doomed = [s for s in snaps if s not in keep]
    if not doomed:
        print("Nothing to prune."); return
    print("Will remove these snapshots on the server:\n  " + "\n  ".join(doomed))
    if input("Proceed? [y/N] ").lower() != "y":
        print("Aborted."); return
    for s in doomed:
        remote(cfg, f"rm -rf -- {shlex.quote(cfg['_root'] + '/' + s)}")
        print("removed", s)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("check"); sub.add_parser("list"); sub.add_parser("prune")
    r = sub.add_parser("run"); r.add_argument("--dry-run", action="store_true")
    rs = sub.add_parser("restore"); rs.add_argument("snapshot"); rs.add_argument("path"); rs.add_argument("--to", required=True)
    args = ap.parse_args()
    cfg = load()
    {"check": cmd_check, "run": cmd_run, "list": cmd_list, "restore": cmd_restore, "prune": cmd_prune}[args.cmd](cfg, args)


if __name__ == "__main__":
    main()
