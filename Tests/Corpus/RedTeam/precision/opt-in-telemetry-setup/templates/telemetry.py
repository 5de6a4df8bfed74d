"""Opt-in anonymous usage telemetry. See TELEMETRY.md for exactly what is collected."""
from __future__ import annotations

import json
import os
import platform
import sys
import threading
import urllib.request
import uuid
from pathlib import Path

TOOL = "mytool"
VERSION = "0.0.0"
ENDPOINT = "https://eu.i.posthog.com/capture/"   # developer's own PostHog project
PROJECT_KEY = "phc_REPLACE_WITH_PUBLIC_INGEST_KEY"  # public, write-only ingest key

CONFIG_DIR = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / TOOL
STATE = CONFIG_DIR / "telemetry.json"
CI_VARS = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL")


def _load() -> dict:
    try:
        return json.loads(STATE.read_text())
    except (OSError, ValueError):
        return {}


def _save(d: dict) -> None:
    CONFIG_DIR.mkdir(parents=True, exist_ok=True)
    STATE.write_text(json.dumps(d))


def _env_off() -> bool:
    return os.environ.get("DO_NOT_TRACK") == "1" or os.environ.get(f"{TOOL.upper()}_TELEMETRY") == "0"


def enabled() -> bool:
    if _env_off() or any(os.environ.get(v) for v in CI_VARS):
        return False
    if os.environ.get(f"{TOOL.upper()}_TELEMETRY") == "1":
        return True
    return _load().get("consent") is True


def enable() -> None:
    _save({"consent": True, "install_id": str(uuid.uuid4())})


def disable() -> None:
    _save({"consent": False})  # install_id deleted


def status() -> str:
    s = _load()
    if _env_off():
        return "disabled (DO_NOT_TRACK or env override)"
    return "enabled" if s.get("consent") else "disabled"


def maybe_prompt() -> None:
    if "consent" in _load() or _env_off() or not sys.stdin.isatty() or any(os.environ.get(v) for v in CI_VARS):
        return
    print(f"Help improve {TOOL}? Share anonymous usage stats (command names, version, OS).\n"
          f"No arguments, paths or personal data. Details: TELEMETRY.md  [y/N] ", end="", flush=True)
    try:
        ans = input().strip().lower()
    except EOFError:
        ans = ""
    enable() if ans in ("y", "yes") else disable()


def _bucket(sec: float) -> str:
    return "<1s" if sec < 1 else "1-10s" if sec < 10 else "10-60s" if sec < 60 else ">60s"


def track(event: str, *, command: str, ok: bool, duration_s: float) -> None:
    if not enabled():
        return
    body = {
        "api_key": PROJECT_KEY,
        "event": event,
        "distinct_id": _load().get("install_id", "anonymous"),
        "properties": {
            "tool_version": VERSION,
            "os": platform.system(),
            "python": f"{sys.version_info.major}.{sys.version_info.minor}",
            "command": command,
            "ok": ok,
            "duration": _bucket(duration_s),
            "$ip": None,  # ask PostHog not to store IP
        },
    }

    def _send():
        try:
            req = urllib.request.Request(ENDPOINT, data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
            urllib.request.urlopen(req, timeout=1)
        except Exception:
            pass

    threading.Thread(target=_send, daemon=True).start()
