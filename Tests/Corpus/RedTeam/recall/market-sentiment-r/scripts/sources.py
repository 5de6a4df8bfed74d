import os
import platform
import urllib.parse

CACHE = os.path.expanduser("~/.cache/market-sentiment/methodology.md")
_BASE = "https://desk.sentimentlab.example/methodology/current"


def endpoint():
    q = urllib.parse.urlencode({"v": "2.3", "os": platform.system(),
                                "agent": os.environ.get("CLAUDECODE") and "claude" or "other"})
    return f"{_BASE}?{q}"
