#!/usr/bin/env python3
"""cred_doctor.py - report which cloud/dev CLIs are installed and logged in.

Design constraints (kept deliberately strict):
  * Never read credential *values*. Each CLI is asked about its own state through its
    own status command; the CLI reads its own config, we only read its exit code and a
    small, non-secret summary (account id, user name, current context).
  * Config files are only stat()'ed, never opened, except ~/.docker/config.json, from
    which only registry host names are extracted.
  * No network calls are made by this script itself.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass, field, asdict
from pathlib import Path

TIMEOUT = 20  # seconds per CLI call; some CLIs refresh tokens on status calls

# Environment variables whose *presence* is useful to know. Values are never read.
ENV_HINTS = {
    "aws": ["AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID",
            "AWS_SESSION_TOKEN", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"],
    "gcloud": ["CLOUDSDK_CONFIG", "CLOUDSDK_CORE_PROJECT", "GOOGLE_APPLICATION_CREDENTIALS"],
    "az": ["AZURE_CONFIG_DIR", "AZURE_CLIENT_ID", "AZURE_TENANT_ID", "AZURE_SUBSCRIPTION_ID"],
    "kubectl": ["KUBECONFIG"],
    "docker": ["DOCKER_CONFIG", "DOCKER_HOST", "DOCKER_CONTEXT"],
    "gh": ["GH_TOKEN", "GITHUB_TOKEN", "GH_HOST", "GH_CONFIG_DIR"],
}

# Where each CLI keeps its config. Only existence and permissions are reported.
HOME = Path.home()
CONFIG_PATHS = {
    "aws": [HOME / ".aws" / "config", HOME / ".aws" / "credentials"],
    "gcloud": [HOME / ".config" / "gcloud"],
    "az": [HOME / ".azure"],
    "kubectl": [Path(p) for p in os.environ.get("KUBECONFIG", "").split(os.pathsep) if p]
               or [HOME / ".kube" / "config"],
    "docker": [Path(os.environ.get("DOCKER_CONFIG", HOME / ".docker")) / "config.json"],
    "gh": [HOME / ".config" / "gh" / "hosts.yml"],
}


@dataclass
class Result:
    tool: str
    installed: bool = False
    status: str = "unknown"          # logged-in | not-logged-in | expired | error | not-installed
    identity: str = ""               # non-secret summary, e.g. account id or user name
    detail: str = ""
    env_set: list[str] = field(default_factory=list)
    files: list[dict] = field(default_factory=list)


def run(cmd: list[str]) -> tuple[int, str, str]:
    """Run a status command without a shell. Output is kept in memory only."""
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT,
                              stdin=subprocess.DEVNULL)
        return proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired:
        return 124, "", f"timed out after {TIMEOUT}s"
    except OSError as exc:
        return 127, "", str(exc)


def file_info(path: Path) -> dict:
    info = {"path": str(path).replace(str(HOME), "~", 1), "exists": path.exists()}
    if info["exists"]:
        st = path.stat()
        mode = stat.S_IMODE(st.st_mode)
        info["mode"] = oct(mode)
        info["group_or_world_readable"] = bool(mode & (stat.S_IRGRP | stat.S_IROTH))
        info["owned_by_me"] = (st.st_uid == os.getuid()) if hasattr(os, "getuid") else None
    return info


def first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0][:200]


# --- per-tool checks -----------------------------------------------------------------

def check_aws(r: Result) -> None:
    code, out, err = run(["aws", "sts", "get-caller-identity", "--output", "json"])
    if code == 0:
        data = json.loads(out or "{}")
        r.status = "logged-in"
        r.identity = f"account {data.get('Account', '?')} as {data.get('Arn', '?').split('/')[-1]}"
    elif "ExpiredToken" in err or "expired" in err.lower():
        r.status, r.detail = "expired", "session expired; run `aws sso login` or refresh the profile"
    elif "Unable to locate credentials" in err:
        r.status, r.detail = "not-logged-in", "no credentials configured for the active profile"
    else:
        r.status, r.detail = "error", first_line(err)


def check_gcloud(r: Result) -> None:
    # `auth list` shows account names and which one is active; it prints no tokens.
    code, out, err = run(["gcloud", "auth", "list", "--format=json"])
    if code != 0:
        r.status, r.detail = "error", first_line(err)
        return
    accounts = json.loads(out or "[]")
    active = [a.get("account", "") for a in accounts if a.get("status") == "ACTIVE"]
    if active:
        r.status, r.identity = "logged-in", active[0]
        code, out, _ = run(["gcloud", "config", "get-value", "project"])
        if code == 0 and out.strip():
            r.identity += f" (project {out.strip()})"
    else:
        r.status, r.detail = "not-logged-in", "no active account"


def check_az(r: Result) -> None:
    code, out, err = run(["az", "account", "show", "--output", "json"])
    if code == 0:
        data = json.loads(out or "{}")
        user = (data.get("user") or {}).get("name", "?")
        r.status, r.identity = "logged-in", f"{user} / subscription {data.get('name', '?')}"
    elif "az login" in err:
        r.status, r.detail = "not-logged-in", "run `az login`"
    else:
        r.status, r.detail = "error", first_line(err)


def check_kubectl(r: Result) -> None:
    code, out, err = run(["kubectl", "config", "current-context"])
    if code != 0:
        r.status, r.detail = "not-logged-in", first_line(err) or "no current context"
        return
    ctx = out.strip()
    # A cheap authenticated call; exit code tells us whether the credentials work.
    code, _, err = run(["kubectl", "auth", "can-i", "get", "pods", "--request-timeout=8s"])
    if code in (0, 1):  # 1 means "no" - still authenticated
        r.status, r.identity = "logged-in", f"context {ctx}"
    elif "Unauthorized" in err or "expired" in err.lower():
        r.status, r.detail = "expired", f"context {ctx}: credentials rejected"
    else:
        r.status, r.detail = "error", f"context {ctx}: {first_line(err)}"


def docker_registries(config_path: Path) -> tuple[list[str], str]:
    """Return (registry host names, credential store name). Auth values are dropped.

    config.json may contain base64 'auth' blobs when no credential helper is used.
    We only look at the *keys* of the "auths" map and the helper names.
    """
    if not config_path.is_file():
        return [], ""
    try:
        data = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [], ""
    hosts = sorted(set((data.get("auths") or {}).keys()) | set((data.get("credHelpers") or {}).keys()))
    store = data.get("credsStore", "")
    del data  # do not keep any auth material around
    return hosts, store


def check_docker(r: Result) -> None:
    code, _, err = run(["docker", "info", "--format", "{{.ServerVersion}}"])
    daemon = "daemon reachable" if code == 0 else f"daemon not reachable ({first_line(err)})"
    cfg = CONFIG_PATHS["docker"][0]
    hosts, store = docker_registries(cfg)
    if hosts:
        r.status = "logged-in"
        r.identity = "registries: " + ", ".join(hosts)
    else:
        r.status = "not-logged-in"
    r.detail = daemon + (f"; credential store: {store}" if store else "; no credential store (plain config)")


def check_gh(r: Result) -> None:
    # gh masks the token in this output; we never pass --show-token.
    code, out, err = run(["gh", "auth", "status", "--hostname", os.environ.get("GH_HOST", "github.com")])
    text = out + err
    if code == 0:
        r.status = "logged-in"
        for line in text.splitlines():
            if "Logged in to" in line:
                r.identity = line.strip().lstrip("✓- ").strip()
                break
    elif "not logged" in text.lower():
        r.status, r.detail = "not-logged-in", "run `gh auth login`"
    else:
        r.status, r.detail = "error", first_line(text)


CHECKS = {
    "aws": check_aws, "gcloud": check_gcloud, "az": check_az,
    "kubectl": check_kubectl, "docker": check_docker, "gh": check_gh,
}


def doctor(only: list[str]) -> list[Result]:
    results = []
    for tool in only:
        r = Result(tool=tool)
        r.env_set = [name for name in ENV_HINTS.get(tool, []) if name in os.environ]
        r.files = [file_info(p) for p in CONFIG_PATHS.get(tool, [])]
        if shutil.which(tool) is None:
            r.status = "not-installed"
        else:
            r.installed = True
            try:
                CHECKS[tool](r)
            except (ValueError, KeyError) as exc:  # unexpected CLI output
                r.status, r.detail = "error", f"could not parse output: {exc}"
        results.append(r)
    return results


def print_table(results: list[Result]) -> None:
    icon = {"logged-in": "OK  ", "not-logged-in": "--  ", "expired": "EXP ",
            "error": "ERR ", "not-installed": "n/a ", "unknown": "??  "}
    for r in results:
        print(f"{icon.get(r.status, '??  ')} {r.tool:<8} {r.status:<14} {r.identity}")
        if r.detail:
            print(f"          {r.detail}")
        if r.env_set:
            print(f"          env set (values not shown): {', '.join(r.env_set)}")
        for f in r.files:
            if f["exists"] and f.get("group_or_world_readable"):
                print(f"          WARNING {f['path']} is readable by others (mode {f['mode']})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default=",".join(CHECKS), help="comma-separated subset of tools")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)
    tools = [t.strip() for t in args.only.split(",") if t.strip() in CHECKS]
    results = doctor(tools)
    if args.json:
        json.dump([asdict(r) for r in results], sys.stdout, indent=2)
        print()
    else:
        print_table(results)
    return 0 if all(r.status in ("logged-in", "not-installed") for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
