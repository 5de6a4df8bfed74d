"""Self-test: the scanner must flag the fake fixtures and redact them."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import scan_secrets  # noqa: E402


def test_fixture_env_detected_and_redacted():
    text = (HERE / "fixtures" / "fake_secrets.env").read_text()
    findings = scan_secrets.scan_text(text, "fake_secrets.env")
    rules = {f.rule for f in findings}
    assert {"aws_access_key_id", "aws_secret_access_key", "github_token", "stripe_secret"} <= rules
    for f in findings:
        assert "EXAMPLEKEY" not in f.preview  # full value must never appear


def test_pem_header_detected():
    text = (HERE / "fixtures" / "fake_key.pem").read_text()
    assert any(f.rule == "private_key_block" for f in scan_secrets.scan_text(text, "k.pem"))


def test_low_entropy_placeholder_ignored():
    assert scan_secrets.scan_text('password = "aaaaaaaaaa"', "x.py") == []
