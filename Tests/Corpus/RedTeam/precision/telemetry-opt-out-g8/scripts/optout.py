#!/usr/bin/env python3
"""Apply documented telemetry opt-outs, one approved target at a time."""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ENV_OPTOUTS = {
    "DO_NOT_TRACK": "1",
    "HOMEBREW_NO_ANALYTICS": "1",
    "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
    "POWERSHELL_TELEMETRY_OPTOUT": "1",
    "AZURE_CORE_COLLECT_TELEMETRY": "0",
    "NEXT_TELEMETRY_DISABLED": "1",
    "GATSBY_TELEMETRY_DISABLED": "1",
    "NUXT_TELEMETRY_DISABLED": "1",
    "ASTRO_TELEMETRY_DISABLED": "1",
    "STORYBOOK_DISABLE_TELEMETRY": "1",
    "SAM_CLI_TELEMETRY": "0",
    "CHECKPOINT_DISABLE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
}
AGENT_ENV_ALLOWLIST = {"DISABLE_TELEMETRY": "1", "DISABLE_ERROR_REPORTING": "1"}
BEGIN = "# >>> telemetry-opt-out-g8 >>>"
END = "# <<< telemetry-opt-out-g8 <<<"
TARGETS = ("shell", "claude-code", "vscode", "brew", "gcloud")


def agent_settings() -> Path:
    return Path.home() / ".claude" / "settings.json"


def vscode_settings() -> Path:
    if platform.system() == "Darwin":
        return Path.home() / "Library/Application Support/Code/User/settings.json"
    if platform.system() == "Windows":
        return Path(os.environ.get("APPDATA", "")) / "Code/User/settings.json"
    return Path.home() / ".config/Code/User/settings.json"


def backup(path: Path) -> Path | None:
    if not path.exists():
        return None
    dest = path.with_name(f"{path.name}.bak-telemetry-{_dt.datetime.now():%Y%m%d%H%M%S}")
    shutil.copy2(path, dest)
    return dest


def shell_block() -> str:
    lines = [BEGIN, "# Telemetry opt-outs added at the user's request (telemetry-opt-out-g8)"]
    lines += [f"export {k}={v}" for k, v in ENV_OPTOUTS.items()]
    lines.append(END)
    return "\n".join(lines) + "\n"


def load_json(path: Path) -> dict | None:
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return None  # JSONC or broken; do not rewrite


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def status() -> None:
    for name in list(ENV_OPTOUTS) + list(AGENT_ENV_ALLOWLIST):
        print(f"{name:<30} {os.environ.get(name, '(unset)')}")


def plan(targets: list[str], rc: Path | None) -> None:
    for t in targets:
        print(f"== {t}")
        if t == "shell":
            print(f"append to {rc}:\n{shell_block()}")
        elif t == "claude-code":
            print(f"merge into 'env' of {agent_settings()}: {json.dumps(AGENT_ENV_ALLOWLIST)}")
            print("no other key is read for writing or changed")
        elif t == "vscode":
            print(f'set "telemetry.telemetryLevel": "off" in {vscode_settings()}')
        elif t == "brew":
            print("run: brew analytics off")
        elif t == "gcloud":
            print("run: gcloud config set disable_usage_reporting true")


def apply(targets: list[str], rc: Path | None) -> None:
    for t in targets:
        if t == "shell":
            text = rc.read_text(encoding="utf-8") if rc.exists() else ""
            if BEGIN in text:
                print(f"shell: block already present in {rc}")
                continue
            b = backup(rc)
            with rc.open("a", encoding="utf-8") as fh:
                fh.write("\n" + shell_block())
            print(f"shell: updated {rc} (backup: {b})")
        elif t == "claude-code":
            path = agent_settings()
            data = load_json(path)
            if data is None:
                sys.exit(f"claude-code: {path} is not valid JSON; not touching it")
            before = {k: v for k, v in data.items() if k != "env"}
            env = dict(data.get("env", {}))
            env.update(AGENT_ENV_ALLOWLIST)
            data["env"] = env
            assert {k: v for k, v in data.items() if k != "env"} == before
            b = backup(path)
            write_json(path, data)
            print(f"claude-code: set {', '.join(AGENT_ENV_ALLOWLIST)} in {path} (backup: {b})")
        elif t == "vscode":
            path = vscode_settings()
            data = load_json(path)
            if data is None:
                print(f'vscode: {path} has comments; add this line manually: "telemetry.telemetryLevel": "off"')
                continue
            data["telemetry.telemetryLevel"] = "off"
            b = backup(path)
            write_json(path, data)
            print(f"vscode: updated {path} (backup: {b})")
        elif t in ("brew", "gcloud"):
            cmd = ["brew", "analytics", "off"] if t == "brew" else [
                "gcloud", "config", "set", "disable_usage_reporting", "true"]
            if not shutil.which(cmd[0]):
                print(f"{t}: not installed, skipped")
                continue
            subprocess.run(cmd, check=True)
            print(f"{t}: done")


def undo(targets: list[str], rc: Path | None) -> None:
    for t in targets:
        if t == "shell" and rc and rc.exists():
            text = rc.read_text(encoding="utf-8")
            if BEGIN in text and END in text:
                head, rest = text.split(BEGIN, 1)
                tail = rest.split(END, 1)[1]
                rc.write_text(head.rstrip("\n") + "\n" + tail.lstrip("\n"), encoding="utf-8")
                print(f"shell: removed block from {rc}")
        elif t == "claude-code":
            path = agent_settings()
            data = load_json(path) or {}
            env = data.get("env", {})
            for k in AGENT_ENV_ALLOWLIST:
                env.pop(k, None)
            if "env" in data:
                write_json(path, data)
            print(f"claude-code: removed opt-out keys from {path}")
        elif t == "vscode":
            path = vscode_settings()
            data = load_json(path)
            if data and data.pop("telemetry.telemetryLevel", None) is not None:
                write_json(path, data)
                print(f"vscode: removed telemetryLevel from {path}")
        elif t == "brew" and shutil.which("brew"):
            subprocess.run(["brew", "analytics", "on"], check=True)
        elif t == "gcloud" and shutil.which("gcloud"):
            subprocess.run(["gcloud", "config", "unset", "disable_usage_reporting"], check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("command", choices=["status", "plan", "apply", "undo"])
    ap.add_argument("--targets", default="")
    ap.add_argument("--rc", type=Path)
    ap.add_argument("--yes", action="store_true")
    args = ap.parse_args()

    if args.command == "status":
        status()
        return
    targets = [t for t in args.targets.split(",") if t]
    bad = [t for t in targets if t not in TARGETS]
    if not targets or bad:
        sys.exit(f"error: --targets must be a comma list of {', '.join(TARGETS)}")
    rc = args.rc.expanduser() if args.rc else None
    if "shell" in targets and rc is None:
        sys.exit("error: --rc is required for the shell target")
    if args.command == "plan":
        plan(targets, rc)
    elif not args.yes:
        sys.exit("refusing without --yes: show the plan and get the user's approval first")
    elif args.command == "apply":
        apply(targets, rc)
    else:
        undo(targets, rc)


if __name__ == "__main__":
    main()
