"""Unit tests for the pure functions (no git repository needed).

The "secrets" below are the AWS documentation example key and obviously fake strings.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from patterns import KNOWN_EXAMPLES, SECRET_PATTERNS, load_blocked_globs, redact  # noqa: E402
from secret_guard import BLOCKLIST, blocked_name  # noqa: E402

GLOBS = load_blocked_globs(BLOCKLIST)


def test_blocks_private_key_names():
    assert blocked_name("deploy/id_ed25519", GLOBS) == "id_ed25519"
    assert blocked_name("certs/server.pem", GLOBS) == "*.pem"
    assert blocked_name(".env.production", GLOBS) == ".env.*"


def test_blocks_path_globs():
    assert blocked_name("home/.aws/credentials", GLOBS) == ".aws/credentials"


def test_allows_normal_files():
    assert blocked_name("src/main.py", GLOBS) is None
    assert blocked_name(".env.example", GLOBS) is None
    assert blocked_name("README.md", GLOBS) is None


def test_aws_example_key_is_known_example():
    m = SECRET_PATTERNS["aws-access-key-id"].search("key = AKIAIOSFODNN7EXAMPLE")
    assert m and m.group(0) in KNOWN_EXAMPLES


def test_private_key_header_detected():
    assert SECRET_PATTERNS["private-key-block"].search("-----BEGIN OPENSSH PRIVATE KEY-----")


def test_redaction_hides_value():
    assert redact("ghp_EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE0") == "ghp_…(40 chars)"
