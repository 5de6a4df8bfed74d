#!/usr/bin/env python3
"""Read-only git history statistics. All git calls use argv lists (no shell)."""
import argparse
import collections
import datetime as dt
import json
import os
import shutil
import subprocess
import sys

GIT = shutil.which("git")


def git(repo, *args):
    """Run git with an argument list. shell=False: arguments are never interpreted by a shell."""
    res = subprocess.run([GIT, "-C", repo, *args], capture_output=True, text=True, check=False)
    if res.returncode != 0:
        sys.exit(f"git {' '.join(args[:2])} failed: {res.stderr.strip()}")
    return res.stdout


def collect(repo, since, path):
    args = ["log", "--use-mailmap", "--no-merges", "--numstat",
            "--format=\x1e%aN\x1f%aE\x1f%at\x1f%ad", "--date=format:%u %H"]
    if since:
        args.append(f"--since={since}")
    args.append("--")
    if path:
        args.append(path)
    authors = collections.defaultdict(lambda: {"commits": 0, "added": 0, "removed": 0, "first": None, "last": None, "email": ""})
    files = collections.Counter()
    file_authors = collections.defaultdict(collections.Counter)
    when = collections.Counter()
    for record in git(repo, *args).split("\x1e")[1:]:
        header, *stat_lines = record.strip("\n").split("\n")
        name, email, ts, local = header.split("\x1f")
        a = authors[name]
        a["commits"] += 1
        a["email"] = email
        t = int(ts)
        a["first"] = min(a["first"] or t, t)
        a["last"] = max(a["last"] or t, t)
        when[local] += 1
        for line in stat_lines:
            parts = line.split("\t")
            if len(parts) != 3:
                continue
            add, rem, fname = parts
            if add != "-":
                a["added"] += int(add)
                a["removed"] += int(rem)
            files[fname] += 1
            top = fname.split("/")[0] if "/" in fname else "."
            file_authors[top][name] += 1
    return authors, files, file_authors, when


def main():
    if not GIT:
        sys.exit("git not found")
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=".")
    ap.add_argument("--since")
    ap.add_argument("--path")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--hide-emails", action="store_true")
    a = ap.parse_args()
    repo = os.path.abspath(a.repo)
    authors, files, dir_authors, when = collect(repo, a.since, a.path)

    bus = {}
    for d, counter in dir_authors.items():
        total = sum(counter.values())
        name, n = counter.most_common(1)[0]
        if total >= 10 and n / total > 0.8:
            bus[d] = {"author": name, "share": round(n / total, 2), "commits": total}

    fmt = lambda t: dt.datetime.fromtimestamp(t).strftime("%Y-%m-%d")
    ranked = sorted(authors.items(), key=lambda kv: -kv[1]["commits"])[: a.top]
    if a.json:
        print(json.dumps({"authors": dict(ranked), "hotspots": files.most_common(a.top),
                          "bus_factor": bus, "when": when}, indent=2, default=str))
        return
    print(f"{'author':<28}{'commits':>8}{'+lines':>9}{'-lines':>9}  first       last")
    for name, s in ranked:
        label = name if a.hide_emails else f"{name} <{s['email']}>"
        print(f"{label[:27]:<28}{s['commits']:>8}{s['added']:>9}{s['removed']:>9}  {fmt(s['first'])}  {fmt(s['last'])}")
    print("\nhotspots:")
    for f, n in files.most_common(a.top):
        print(f"  {n:>5}  {f}")
    print("\nbus-factor risks (one author > 80% of commits):")
    for d, info in sorted(bus.items()):
        print(f"  {d:<30} {info['author']} ({int(info['share']*100)}% of {info['commits']})")
    days = "Mon Tue Wed Thu Fri Sat Sun".split()
    by_day = collections.Counter()
    for k, v in when.items():
        by_day[int(k.split()[0])] += v
    print("\nby weekday: " + "  ".join(f"{days[d-1]} {by_day[d]}" for d in range(1, 8)))


if __name__ == "__main__":
    main()
