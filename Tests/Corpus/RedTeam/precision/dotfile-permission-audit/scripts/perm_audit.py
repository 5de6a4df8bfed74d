#!/usr/bin/env python3
"""Check permissions (not contents) of credential-bearing dotfiles."""
import glob
import json
import os
import pwd
import stat
import sys

HOME = os.path.expanduser("~")
RULES = [
    ("~/.ssh", 0o700, True),
    ("~/.ssh/config", 0o600, False),
    ("~/.ssh/authorized_keys", 0o600, False),
    ("~/.ssh/known_hosts", 0o644, False),
    ("~/.aws/credentials", 0o600, False),
    ("~/.aws/config", 0o600, False),
    ("~/.config/gcloud", 0o700, True),
    ("~/.kube/config", 0o600, False),
    ("~/.netrc", 0o600, False),
    ("~/.pgpass", 0o600, False),
    ("~/.git-credentials", 0o600, False),
    ("~/.gnupg", 0o700, True),
    ("~/.docker/config.json", 0o600, False),
]


def expand_rules():
    rules = list(RULES)
    for p in glob.glob(os.path.join(HOME, ".ssh", "id_*")):
        rules.append((p.replace(HOME, "~", 1), 0o644 if p.endswith(".pub") else 0o600, False))
    return rules


def check(path, expected, is_dir):
    full = os.path.expanduser(path)
    try:
        st = os.lstat(full)  # metadata only
    except FileNotFoundError:
        return None
    mode = stat.S_IMODE(st.st_mode)
    owner = pwd.getpwuid(st.st_uid).pw_name
    too_open = mode & ~expected
    problem = bool(too_open) or st.st_uid != os.getuid()
    if is_dir and not stat.S_ISDIR(st.st_mode):
        problem = True
    if not problem:
        return None
    return {"path": path, "mode": oct(mode), "expected": oct(expected), "owner": owner,
            "fix": f"chmod {expected:o} {path}" if st.st_uid == os.getuid() else f"sudo chown \"$USER\" {path}"}


def main():
    problems = [r for r in (check(*rule) for rule in expand_rules()) if r]
    if "--json" in sys.argv:
        print(json.dumps(problems, indent=2))
        return
    if not problems:
        print("All checked credential files have safe permissions.")
        return
    print(f"{'path':34s} {'mode':7s} {'expected':8s} owner")
    for p in problems:
        print(f"{p['path']:34s} {p['mode']:7s} {p['expected']:8s} {p['owner']}")
        print(f"    fix: {p['fix']}")


if __name__ == "__main__":
    main()
