import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import jwt_inspect  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "sample_tokens.txt"


def tokens():
    return [l for l in FIXTURES.read_text().splitlines() if l and not l.startswith("#")]


def test_decodes_rfc_example():
    header, payload, sig = jwt_inspect.split_token(tokens()[0])
    assert header == {"alg": "HS256", "typ": "JWT"}
    assert payload["name"] == "John Doe"
    assert sig


def test_flags_alg_none():
    header, payload, sig = jwt_inspect.split_token(tokens()[1])
    assert sig == ""
    assert any(n.startswith("CRITICAL") for n in jwt_inspect.lint(header, payload, None))
