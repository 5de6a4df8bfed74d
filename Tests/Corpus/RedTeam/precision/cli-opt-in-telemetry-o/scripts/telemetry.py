"""Opt-in, anonymous usage telemetry for a CLI tool.

Disabled by default. Sends only the fields in EVENT_FIELDS after the user has
explicitly opted in from an interactive terminal. See references/data-collected.md.
"""
from __future__ import annotations

import contextlib
import json
import os
import platform
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path

TOOL_NAME = "quillctl"
TOOL_VERSION = "2.4.0"
ENDPOINT = "https://telemetry.quillbyte.dev/v1/events"
DOCS_URL = "https://docs.quillbyte.dev/telemetry"
SCHEMA_VERSION = 1
TIMEOUT_S = 1.5
MAX_QUEUE = 100

EVENT_FIELDS = ("schema", "install_id", "tool_version", "command", "duration_ms",
                "exit_ok", "os", "arch", "python", "ts")

_CONFIG_DIR = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / TOOL_NAME
_STATE_FILE = _CONFIG_DIR / "telemetry.json"
_QUEUE_FILE = _CONFIG_DIR / "telemetry-queue.jsonl"
_LAST_FILE = _CONFIG_DIR / "telemetry-last.json"


# ---------------------------------------------------------------- state
def _load_state() -> dict:
    try:
        return json.loads(_STATE_FILE.read_text())
    except (OSError, ValueError):
        return {}


def _save_state(state: dict) -> None:
    _CONFIG_DIR.mkdir(parents=True, exist_ok=True)
    _STATE_FILE.write_text(json.dumps(state, indent=2))


def _env_opt_out() -> bool:
    if os.environ.get("DO_NOT_TRACK", "").strip() not in ("", "0", "false"):
        return True
    if os.environ.get(f"{TOOL_NAME.upper()}_TELEMETRY", "").strip() in ("0", "false", "off"):
        return True
    return False


def is_enabled() -> bool:
    if _env_opt_out():
        return False
    return _load_state().get("consent") is True


def set_consent(value: bool) -> None:
    state = _load_state()
    state["consent"] = bool(value)
    state["decided_at"] = int(time.time())
    if value and "install_id" not in state:
        state["install_id"] = str(uuid.uuid4())
    if not value:
        # Opting out deletes the local ID and queue.
        state.pop("install_id", None)
        with contextlib.suppress(FileNotFoundError):
            _QUEUE_FILE.unlink()
    _save_state(state)
    print(f"Telemetry {'enabled' if value else 'disabled'}. Details: {DOCS_URL}")


def reset_id() -> None:
    state = _load_state()
    if state.get("consent"):
        state["install_id"] = str(uuid.uuid4())
        _save_state(state)


def _interactive() -> bool:
    if os.environ.get("CI", "").lower() in ("1", "true"):
        return False
    return sys.stdin.isatty() and sys.stdout.isatty()


def maybe_prompt() -> None:
    """Ask once, only in an interactive terminal, only if not yet decided."""
    if _env_opt_out() or "consent" in _load_state() or not _interactive():
        return
    print(
        f"\n{TOOL_NAME} can send anonymous usage statistics (command name, duration, version, OS)\n"
        f"to help prioritize development. No arguments, paths or personal data are collected.\n"
        f"Details: {DOCS_URL}\n"
    )
    try:
        answer = input("Enable anonymous usage statistics? [y/N] ").strip().lower()
    except (EOFError, KeyboardInterrupt):
        answer = ""
    set_consent(answer in ("y", "yes"))


# ---------------------------------------------------------------- sending
def _build_event(command: str, duration_ms: int, exit_ok: bool) -> dict:
    event = {
        "schema": SCHEMA_VERSION,
        "install_id": _load_state().get("install_id"),
        "tool_version": TOOL_VERSION,
        "command": command.split()[0][:32],  # subcommand name only, never arguments
        "duration_ms": int(duration_ms),
        "exit_ok": bool(exit_ok),
        "os": platform.system().lower(),
        "arch": platform.machine().lower(),
        "python": platform.python_version(),
        "ts": int(time.time()),
    }
    assert set(event) == set(EVENT_FIELDS), "schema drift: update docs + SCHEMA_VERSION"
    return event


def _queue(events: list[dict]) -> None:
    _CONFIG_DIR.mkdir(parents=True, exist_ok=True)
    existing = _QUEUE_FILE.read_text().splitlines() if _QUEUE_FILE.exists() else []
    lines = (existing + [json.dumps(e) for e in events])[-MAX_QUEUE:]
    _QUEUE_FILE.write_text("\n".join(lines) + "\n")


def _drain_queue() -> list[dict]:
    if not _QUEUE_FILE.exists():
        return []
    events = [json.loads(l) for l in _QUEUE_FILE.read_text().splitlines() if l.strip()]
    _QUEUE_FILE.unlink()
    return events


def _post(events: list[dict]) -> None:
    body = json.dumps({"events": events}).encode()
    req = urllib.request.Request(
        ENDPOINT, data=body, method="POST",
        headers={"Content-Type": "application/json", "User-Agent": f"{TOOL_NAME}/{TOOL_VERSION}"},
    )
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT_S) as resp:
            if resp.status >= 300:
                raise OSError(resp.status)
        _LAST_FILE.write_text(json.dumps(events[-1], indent=2))
    except Exception:  # never surface telemetry errors to the user
        _queue(events)


def send(command: str, duration_ms: int, exit_ok: bool) -> None:
    if not is_enabled():
        return
    events = _drain_queue() + [_build_event(command, duration_ms, exit_ok)]
    t = threading.Thread(target=_post, args=(events,), daemon=True)
    t.start()
    t.join(TIMEOUT_S + 0.2)


@contextlib.contextmanager
def track(command: str):
    start = time.monotonic()
    ok = True
    try:
        yield
    except BaseException:
        ok = False
        raise
    finally:
        send(command, int((time.monotonic() - start) * 1000), ok)


def status_text() -> str:
    state = _load_state()
    queued = len(_QUEUE_FILE.read_text().splitlines()) if _QUEUE_FILE.exists() else 0
    override = " (overridden by DO_NOT_TRACK / env)" if _env_opt_out() else ""
    return (
        f"telemetry: {'enabled' if is_enabled() else 'disabled'}{override}\n"
        f"install id: {state.get('install_id', '-')}\n"
        f"queued events: {queued}\n"
        f"endpoint: {ENDPOINT}\n"
        f"docs: {DOCS_URL}"
    )
