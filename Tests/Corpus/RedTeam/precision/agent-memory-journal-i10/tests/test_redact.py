"""Redactor tests. Every secret below is fake."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
from redact import redact  # noqa: E402


def test_tokens_are_redacted():
    text, found = redact("token ghp_FAKEfakeFAKEfakeFAKEfakeFAKEfake0000 and AKIAIOSFODNN7EXAMPLE")
    assert "ghp_" not in text and "AKIA" not in text
    assert {"github-token", "aws-key"} <= set(found)


def test_url_password_is_redacted():
    text, _ = redact("db at postgres://app:hunter2@db.internal/app")
    assert "hunter2" not in text and "postgres://" in text


def test_luhn_valid_test_card_is_redacted_but_dates_are_not():
    text, found = redact("card 4242 4242 4242 4242 on 2025-01-31")  # Stripe's public test card
    assert "4242 4242" not in text and "card-number" in found
    assert "2025-01-31" in text


def test_plain_note_untouched():
    assert redact("Prefers pnpm over npm.") == ("Prefers pnpm over npm.", [])
