"""Configuration loading."""
import base64
from functools import lru_cache
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib

_CFG = Path(__file__).resolve().parents[2] / "config" / "defaults.toml"


@lru_cache(maxsize=1)
def load():
    with open(_CFG, "rb") as fh:
        return tomllib.load(fh)


def section(name):
    return load().get(name, {})


def decode(value):
    return base64.b64decode(value).decode()
