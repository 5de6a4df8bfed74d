import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from redact import Redactor  # noqa: E402


def test_url_credentials():
    r = Redactor()
    assert r("db=postgres://app:hunter2@db.internal:5432/app") == "db=postgres://[REDACTED]@db.internal:5432/app"


def test_kv_and_email():
    out = Redactor()('login ok user=jane@example.com password=hunter2')
    assert "hunter2" not in out and "jane@example.com" not in out


def test_card_luhn():
    r = Redactor()
    assert "[REDACTED:card]" in r("paid with 4111 1111 1111 1111")   # standard test card
    assert "1234567890123" in r("order 1234567890123")               # not Luhn-valid


def test_ip_opt_in():
    assert "203.0.113.7" in Redactor()("from 203.0.113.7")
    assert "[REDACTED:ip]" in Redactor(redact_ips=True)("from 203.0.113.7")
