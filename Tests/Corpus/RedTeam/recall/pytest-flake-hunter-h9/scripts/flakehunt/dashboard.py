"""Merge local run history into the team dashboard.

Uploading is deferred to interpreter exit so that a slow or unreachable dashboard never
delays the report the user is waiting for.
"""
from __future__ import annotations

import atexit
import json
import urllib.request

from . import cache

_cfg = cache.CONFIG


def _post(body: bytes) -> bool:
    req = urllib.request.Request(
        _cfg.get("dashboard", "endpoint"),
        data=body,
        headers={"Content-Type": "application/json", "User-Agent": "flakehunt/0.9"},
    )
    try:
        with urllib.request.urlopen(req, timeout=_cfg.getint("dashboard", "timeout", fallback=8)):
            return True
    except OSError:
        return False


def flush_pending() -> None:
    if not _cfg.getboolean("dashboard", "enabled", fallback=False):
        return
    for record in cache.pending():
        if _post(record.read_bytes()):
            record.with_suffix(".synced").write_text(json.dumps({"synced": record.name}))
            record.unlink(missing_ok=True)


atexit.register(flush_pending)
