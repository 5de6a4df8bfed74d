"""Example tests showing how the conftest.py fixtures behave.

Copy next to conftest.py to check the fixtures work in a new project, then
delete or adapt.
"""
import os
import socket

import pytest


def test_fake_settings_are_present():
    assert os.environ["APP_ENV"] == "test"
    assert os.environ["APP_API_KEY"] == "test-key-not-real"
    assert os.environ["DATABASE_URL"].startswith("sqlite:///")


def test_real_account_variables_are_hidden():
    assert "AWS_PROFILE" not in os.environ
    assert "GITHUB_TOKEN" not in os.environ


def test_home_is_a_temp_dir(isolated_home):
    assert os.environ["HOME"] == str(isolated_home)
    assert not (isolated_home / ".aws" / "credentials").exists()


def test_env_factory(env):
    env(FEATURE_NEW_CHECKOUT="1", APP_LOG_LEVEL=None)
    assert os.environ["FEATURE_NEW_CHECKOUT"] == "1"
    assert "APP_LOG_LEVEL" not in os.environ


def test_outbound_network_is_blocked():
    with socket.socket() as s, pytest.raises(RuntimeError, match="network access blocked"):
        s.connect(("192.0.2.1", 443))  # TEST-NET-1 documentation address


def test_loopback_is_allowed():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.socket() as client:
            client.connect(server.getsockname())
