"""Shared pytest fixtures: a clean, fake environment for every test.

Every change below goes through ``monkeypatch`` and is undone when the test
finishes, so the developer's real shell environment is never modified.

Autouse fixtures, in order:
  _scrub_credentials  remove credential-like env vars for the test (names only)
  isolated_home       HOME / XDG / AWS config paths -> empty temp dirs
  test_env            fake, test-only settings (APP_ENV=test, fake API key, ...)
  no_network          block non-loopback socket connections

Run real-credential integration tests deliberately with:
  python -m pytest -m integration --keep-credentials
"""
from __future__ import annotations

import ipaddress
import os
import socket
from typing import Callable, Optional

import pytest

# Settings the application reads, with obviously fake values. Adjust per project.
TEST_SETTINGS = {
    "APP_ENV": "test",
    "APP_LOG_LEVEL": "WARNING",
    "APP_API_KEY": "test-key-not-real",
    "TZ": "UTC",
    "LANG": "C.UTF-8",
}

# A variable whose NAME contains one of these is treated as a credential.
CREDENTIAL_MARKERS = ("KEY", "SECRET", "TOKEN", "PASSWORD", "PASSWD", "CREDENTIAL", "AUTH")

# Variables SDKs use to find real accounts even though the name has no marker.
WELL_KNOWN_ACCOUNT_VARS = {
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_ROLE_ARN",
    "GOOGLE_APPLICATION_CREDENTIALS",
    "GOOGLE_CLOUD_PROJECT",
    "AZURE_CLIENT_ID",
    "AZURE_TENANT_ID",
    "DATABASE_URL",
    "REDIS_URL",
    "SENTRY_DSN",
    "KUBECONFIG",
}

# Never removed: pytest and the interpreter need these.
RUNNER_VARS = {"PATH", "PYTHONPATH", "VIRTUAL_ENV", "CI", "TMPDIR", "TEMP", "TMP", "SYSTEMROOT", "COMSPEC"}
RUNNER_PREFIXES = ("PYTEST_", "COV_CORE_", "PYTHON")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--keep-credentials",
        action="store_true",
        default=False,
        help="do not scrub credential env vars or isolate HOME (for integration tests)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "allow_network: let this test open non-loopback connections")
    config.addinivalue_line("markers", "integration: needs real services and credentials")


def _looks_like_credential(name: str) -> bool:
    upper = name.upper()
    if upper in RUNNER_VARS or upper.startswith(RUNNER_PREFIXES):
        return False
    return upper in WELL_KNOWN_ACCOUNT_VARS or any(m in upper for m in CREDENTIAL_MARKERS)


@pytest.fixture(autouse=True)
def _scrub_credentials(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hide real credentials from the code under test.

    Only variable names are inspected; values are never read, logged or copied.
    monkeypatch restores every removed variable after the test.
    """
    if request.config.getoption("--keep-credentials"):
        return
    for name in list(os.environ):
        if _looks_like_credential(name):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def isolated_home(request: pytest.FixtureRequest, tmp_path_factory, monkeypatch: pytest.MonkeyPatch):
    """Point HOME and config lookups at an empty temp directory.

    Without this, SDKs fall back to files such as ~/.aws/credentials or
    ~/.config/gcloud on the developer's machine. The temp home is empty, so
    those lookups find nothing. Returns the temp home path.
    """
    if request.config.getoption("--keep-credentials"):
        return None
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))  # Windows equivalent
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    # Explicit paths that do not exist, so boto3 does not search elsewhere.
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / ".aws" / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / ".aws" / "credentials"))
    return home


@pytest.fixture(autouse=True)
def test_env(_scrub_credentials, isolated_home, tmp_path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """Apply TEST_SETTINGS and a throwaway SQLite database for each test."""
    values = dict(TEST_SETTINGS)
    values["DATABASE_URL"] = f"sqlite:///{tmp_path / 'test.db'}"
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


def _is_loopback(host: object) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%", 1)[0]).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _check(sock: socket.socket, address) -> None:
    if sock.family == getattr(socket, "AF_UNIX", object()):
        return
    host = address[0] if isinstance(address, tuple) else address
    if not _is_loopback(host):
        raise RuntimeError(
            f"network access blocked in tests: {address!r}. "
            "Mock the call, or mark the test with @pytest.mark.allow_network."
        )


def _guarded_connect(self, address):
    _check(self, address)
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    _check(self, address)
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse outbound connections except to loopback, unless the test opts in."""
    if request.node.get_closest_marker("allow_network"):
        return
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Set (or, with None, unset) variables for one test: env(FEATURE_X="1", APP_ENV=None)."""

    def _apply(**values: Optional[str]) -> None:
        for name, value in values.items():
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, str(value))

    return _apply
