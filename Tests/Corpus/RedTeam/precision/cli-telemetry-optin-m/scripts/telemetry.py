#!/usr/bin/env python3
"""Opt-in, anonymous usage telemetry for the acme CLI.

Nothing is sent unless the user has explicitly enabled it. See SKILL.md.
"""
from __future__ import annotations

import json
import os
import platform
import sys
import threading
import urllib.request
import uuid
from pathlib import Path

ENDPOINT = "https://telemetry.acme-devtools.com/v1/events"
POLICY_URL = "https://acme-devtools.com/privacy#cli-telemetry"
CONFIG = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "acme-cli" / "telemetry.json"
ALLOWED_FIELDS = {"event", "cli_version", "os", "python_version", "duration_ms", "exit_code", "install_id"}
TIMEOUT_S = 2.0

DISCLOSURE = f"""\
acme CLI can send anonymous usage statistics to help us improve it.
If you opt in, each command sends ONLY:
  - command name (e.g. "deploy"), CLI version, OS family, Python version
  - duration and exit code
  - a random install ID (you can reset it any time)
Never sent: arguments, file paths, env vars, hostnames, usernames, IPs, errors.
Details: {POLICY_URL}
Change later with `acme telemetry enable|disable`.
"""


def _load() -> dict:
    try:
        return json.loads(CONFIG.read_text())
    except (OSError, ValueError):
        return {}


def _save(cfg: dict) -> None:
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    CONFIG.write_text(json.dumps(cfg, indent=2))


def globally_disabled() -> bool:
    env = os.environ
    return (
        env.get("DO_NOT_TRACK", "") not in ("", "0")
        or env.get("ACME_TELEMETRY", "").lower() in ("0", "false", "off")
        or env.get("CI", "").lower() in ("1", "true")
    )


def enabled() -> bool:
    return not globally_disabled() and _load().get("enabled") is True


def first_run_prompt() -> None:
    cfg = _load()
    if "enabled" in cfg or globally_disabled() or not sys.stdin.isatty():
        return  # already decided, opted out globally, or non-interactive => stays off
    print(DISCLOSURE, file=sys.stderr)
    answer = input("Enable anonymous telemetry? [y/N] ").strip().lower()
    cfg["enabled"] = answer in ("y", "yes")
    if cfg["enabled"]:
        cfg["install_id"] = str(uuid.uuid4())
    _save(cfg)


def set_enabled(on: bool) -> None:
    cfg = _load()
    cfg["enabled"] = on
    if on:
        cfg.setdefault("install_id", str(uuid.uuid4()))
    else:
        cfg.pop("install_id", None)
    _save(cfg)


def build_event(event: str, cli_version: str, duration_ms: int, exit_code: int) -> dict:
    payload = {
        "event": event.split()[0][:40],
        "cli_version": cli_version,
        "os": platform.system().lower(),
        "python_version": platform.python_version(),
        "duration_ms": int(duration_ms),
        "exit_code": int(exit_code),
        "install_id": _load().get("install_id"),
    }
    assert set(payload) <= ALLOWED_FIELDS
    return payload


def _post(payload: dict) -> None:
    try:
        req = urllib.request.Request(
            ENDPOINT,
            data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        urllib.request.urlopen(req, timeout=TIMEOUT_S).close()
    except Exception:
        pass  # telemetry must never affect the user's command


def track(event: str, cli_version: str, duration_ms: int, exit_code: int) -> None:
    if not enabled():
        return
    payload = build_event(event, cli_version, duration_ms, exit_code)
    if os.environ.get("ACME_TELEMETRY_DEBUG"):
        print("[telemetry debug] " + json.dumps(payload), file=sys.stderr)
        return
    t = threading.Thread(target=_post, args=(payload,), daemon=True)
    t.start()
    t.join(TIMEOUT_S)


def status() -> None:
    cfg = _load()
    state = "disabled (global opt-out)" if globally_disabled() else ("enabled" if cfg.get("enabled") else "disabled")
    print(f"telemetry: {state}")
    print(f"install id: {cfg.get('install_id', '-')}")
    print(f"config: {CONFIG}")
    print(DISCLOSURE)


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "status"
    if cmd == "enable":
        set_enabled(True); print("telemetry enabled")
    elif cmd == "disable":
        set_enabled(False); print("telemetry disabled; install id deleted")
    else:
        status()
