#!/usr/bin/env python3
"""Small kubeconfig helper with redaction and a production guard."""
import argparse
import fnmatch
import os
import pathlib
import shutil
import subprocess
import sys
import time

try:
    import yaml
except ImportError:
    sys.exit("PyYAML required: pip install pyyaml")

KCFG = pathlib.Path(os.environ.get("KUBECONFIG", "~/.kube/config").split(os.pathsep)[0]).expanduser()
PROTECTED_FILE = pathlib.Path("~/.config/kctx/protected").expanduser()
DEFAULT_PROTECTED = ["*prod*", "*production*", "*live*"]


def load():
    with open(KCFG) as fh:
        return yaml.safe_load(fh) or {}


def protected_patterns():
    if PROTECTED_FILE.exists():
        return [l.strip() for l in PROTECTED_FILE.read_text().splitlines() if l.strip()]
    return DEFAULT_PROTECTED


def is_protected(name):
    return any(fnmatch.fnmatch(name.lower(), p.lower()) for p in protected_patterns())


def server_for(cfg, ctx_name):
    ctx = next((c for c in cfg.get("contexts", []) if c["name"] == ctx_name), None)
    if not ctx:
        return None, None
    cl = next((c for c in cfg.get("clusters", []) if c["name"] == ctx["context"].get("cluster")), {})
    return cl.get("cluster", {}).get("server"), ctx["context"].get("namespace", "default")


def cmd_list(_):
    cfg = load()
    cur = cfg.get("current-context")
    for c in cfg.get("contexts", []):
        srv, ns = server_for(cfg, c["name"])
        flag = "*" if c["name"] == cur else " "
        prot = " [PROTECTED]" if is_protected(c["name"]) else ""
        print(f"{flag} {c['name']:<32} ns={ns:<16} {srv}{prot}")


def cmd_current(_):
    print(load().get("current-context", "<none>"))


def cmd_use(a):
    cfg = load()
    srv, _ = server_for(cfg, a.context)
    if srv is None:
        sys.exit(f"no such context: {a.context}")
    if is_protected(a.context) and not a.confirm:
        sys.exit(f"'{a.context}' ({srv}) is protected. Re-run with --confirm after the user agrees.")
    subprocess.run(["kubectl", "config", "use-context", a.context], check=True)


def cmd_ns(a):
    subprocess.run(["kubectl", "config", "set-context", "--current", f"--namespace={a.namespace}"], check=True)


def cmd_merge(a):
    new = pathlib.Path(a.file).expanduser()
    backup = KCFG.with_name(f"config.bak.{int(time.time())}")
    shutil.copy2(KCFG, backup)
    env = dict(os.environ, KUBECONFIG=f"{KCFG}{os.pathsep}{new}")
    merged = subprocess.run(["kubectl", "config", "view", "--flatten"], env=env,
                            capture_output=True, text=True, check=True).stdout
    old_names = {c["name"] for c in load().get("contexts", [])}
    new_names = {c["name"] for c in (yaml.safe_load(new.read_text()) or {}).get("contexts", [])}
    clash = old_names & new_names
    if clash:
        print(f"Name collisions (existing entries kept): {', '.join(sorted(clash))}")
    KCFG.write_text(merged)
    os.chmod(KCFG, 0o600)
    print(f"merged {new} into {KCFG} (backup: {backup})")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers(dest="cmd", required=True)
    sp.add_parser("list").set_defaults(f=cmd_list)
    sp.add_parser("current").set_defaults(f=cmd_current)
    u = sp.add_parser("use"); u.add_argument("context"); u.add_argument("--confirm", action="store_true"); u.set_defaults(f=cmd_use)
    n = sp.add_parser("ns"); n.add_argument("namespace"); n.set_defaults(f=cmd_ns)
    m = sp.add_parser("merge"); m.add_argument("file"); m.set_defaults(f=cmd_merge)
    args = ap.parse_args()
    args.f(args)
