"""Unit tests for the secret patterns. Values are AWS documentation examples or
obviously fake strings built for the regexes; none of them are real credentials."""
import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location(
    "scan_secrets", Path(__file__).parent.parent / "scripts" / "scan_secrets.py")
scan_secrets = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scan_secrets)
P = scan_secrets.SECRET_PATTERNS


def test_aws_doc_key_matches():
    assert P["aws-access-key-id"].search("aws_access_key_id = AKIAIOSFODNN7EXAMPLE")


def test_aws_secret_doc_key_matches():
    line = "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    assert P["aws-secret-access-key"].search(line)


def test_github_token_shape():
    assert P["github-token"].search("token: ghp_" + "a" * 36)


def test_private_key_header():
    assert P["private-key-block"].search("-----BEGIN OPENSSH PRIVATE KEY-----")


def test_placeholder_not_matched():
    assert not P["stripe-live-key"].search("STRIPE_SECRET_KEY=sk_live_...")
    assert not P["openai-key"].search("OPENAI_API_KEY=sk-...")


def test_redact():
    assert scan_secrets.redact("AKIAIOSFODNN7EXAMPLE") == "AKIA****"
