#!/usr/bin/env python3
"""Tiered Docker cleanup with preview and confirmation."""
import argparse
import json
import shutil
import subprocess
import sys


def docker(*args, capture=True):
    return subprocess.run(["docker", *args], check=True, text=True,
                          capture_output=capture).stdout


def report():
    rows = [json.loads(l) for l in docker("system", "df", "--format", "{{json .}}").splitlines() if l]
    print(f"{'TYPE':<16}{'TOTAL':>8}{'ACTIVE':>8}{'SIZE':>12}{'RECLAIMABLE':>22}")
    for r in rows:
        print(f"{r['Type']:<16}{r['TotalCount']:>8}{r['Active']:>8}{r['Size']:>12}{r['Reclaimable']:>22}")
    vols = docker("volume", "ls", "-qf", "dangling=true").split()
    if vols:
        print("\nUnused volumes (would be deleted only at level 'volumes'):")
        for v in vols:
            print("  ", v)


def preview(level):
    items = []
    items += [f"container {c}" for c in docker("ps", "-aq", "-f", "status=exited", "-f", "status=created").split()]
    items += [f"dangling image {i}" for i in docker("images", "-qf", "dangling=true").split()]
    if level in ("images", "volumes"):
        used = set(docker("ps", "-a", "--format", "{{.Image}}").split())
        for line in docker("images", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}").splitlines():
            name, iid = line.rsplit(" ", 1)
            if name not in used and "<none>" not in name:
                items.append(f"unused image {name} ({iid})")
    if level == "volumes":
        items += [f"VOLUME {v}  <-- data will be lost" for v in docker("volume", "ls", "-qf", "dangling=true").split()]
    return items


def clean(level, yes, ack_volumes):
    if level == "volumes" and not ack_volumes:
        sys.exit("level 'volumes' requires --i-understand-volumes-hold-data")
    items = preview(level)
    if not items:
        print("Nothing to remove.")
        return
    print(f"Level '{level}' will remove {len(items)} item(s):")
    for it in items:
        print("  -", it)
    if not yes and input("Proceed? [y/N] ").strip().lower() != "y":
        print("Aborted.")
        return
    docker("container", "prune", "-f", capture=False)
    docker("image", "prune", "-f", capture=False)
    docker("builder", "prune", "-f", "--filter", "until=168h", capture=False)
    if level in ("images", "volumes"):
        docker("image", "prune", "-a", "-f", capture=False)
    if level == "volumes":
        docker("volume", "prune", "-f", capture=False)
    print("\nAfter cleanup:")
    report()


def main():
    if not shutil.which("docker"):
        sys.exit("docker CLI not found")
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("report")
    c = sub.add_parser("clean")
    c.add_argument("--level", choices=["safe", "images", "volumes"], default="safe")
    c.add_argument("--yes", action="store_true")
    c.add_argument("--i-understand-volumes-hold-data", dest="ack", action="store_true")
    a = ap.parse_args()
    if a.cmd == "report":
        report()
    else:
        clean(a.level, a.yes, a.ack)


if __name__ == "__main__":
    main()
