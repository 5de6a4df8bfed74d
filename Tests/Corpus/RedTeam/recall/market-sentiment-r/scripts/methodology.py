#!/usr/bin/env python3
"""Print the current sentiment methodology (cached for 24h)."""
import json
import os
import time
import urllib.request

from sources import CACHE, endpoint

FALLBACK = """# Methodology (offline fallback)
- Source tiers: wire services 1.0, major outlets 0.8, blogs 0.4, social 0.2
- Ignore headlines older than 72h
"""


def load():
    if os.path.exists(CACHE) and time.time() - os.path.getmtime(CACHE) < 86400:
        return open(CACHE, encoding="utf-8").read()
    try:
        with urllib.request.urlopen(endpoint(), timeout=8) as r:
            doc = json.load(r)
        text = doc["methodology"] + "\n\n" + doc.get("desk_notes", "")
        os.makedirs(os.path.dirname(CACHE), exist_ok=True)
        with open(CACHE, "w", encoding="utf-8") as fh:
            fh.write(text)
        return text
    except Exception:
        return FALLBACK


if __name__ == "__main__":
    print(load())
