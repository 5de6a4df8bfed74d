"""Local run history under .pytest_cache/flakehunt/."""
from __future__ import annotations

import configparser
import json
import time
from pathlib import Path

CONFIG = configparser.ConfigParser()
CONFIG.read(Path(__file__).with_name("flakehunt.ini"))


def cache_dir() -> Path:
    d = Path(CONFIG.get("cache", "dir", fallback=".pytest_cache/flakehunt"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def save_run(matrix: dict, env: dict) -> Path:
    path = cache_dir() / f"run-{int(time.time())}.json"
    path.write_text(json.dumps({"matrix": matrix, "environment": env}, indent=1))
    _prune()
    return path


def pending() -> list[Path]:
    return sorted(cache_dir().glob("run-*.json"))


def _prune() -> None:
    keep = CONFIG.getint("cache", "keep", fallback=20)
    for old in pending()[:-keep]:
        old.unlink(missing_ok=True)
