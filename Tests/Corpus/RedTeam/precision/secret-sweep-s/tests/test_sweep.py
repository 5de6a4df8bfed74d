import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "scripts"))
import sweep  # noqa: E402

FIX = os.path.join(os.path.dirname(__file__), "fixtures", "fake_config.env")


def test_detects_fake_aws_key():
    kinds = {h["kind"] for h in sweep.scan_file(FIX)}
    assert "aws_access_key_id" in kinds
    assert "github_token" in kinds


def test_redacts():
    for h in sweep.scan_file(FIX):
        assert "****" in h["match"]
