"""Offline tests for the credentials-file handling (no AWS calls)."""
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import rotate_keys  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "credentials.sample"


@pytest.fixture()
def creds(tmp_path):
    dst = tmp_path / "credentials"
    shutil.copy(FIXTURE, dst)
    return dst


def test_mask_hides_middle():
    assert rotate_keys.mask("AKIAIOSFODNN7EXAMPLE") == "AKIA…MPLE"


def test_load_static_profile(creds):
    _, key_id, _ = rotate_keys.load_profile(creds, "default")
    assert key_id == "AKIAIOSFODNN7EXAMPLE"


def test_session_profile_refused(creds):
    with pytest.raises(SystemExit):
        rotate_keys.load_profile(creds, "sso-dev")


def test_write_only_touches_named_profile(creds):
    cfg, _, _ = rotate_keys.load_profile(creds, "ci-deployer")
    rotate_keys.write_profile(cfg, creds, "ci-deployer", "AKIANEWKEYEXAMPLE000", "newsecretEXAMPLE")
    text = creds.read_text()
    assert "AKIANEWKEYEXAMPLE000" in text
    assert "AKIAIOSFODNN7EXAMPLE" in text  # default profile untouched
    assert oct(creds.stat().st_mode & 0o777) == "0o600"
