import hashlib
import hmac
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import jwt_inspect  # noqa: E402

FIX = Path(__file__).parent / "fixtures"
TOKENS = json.loads((FIX / "tokens.json").read_text())


def test_rfc7515_signature(tmp_path):
    t = TOKENS["rfc7515_a1_hs256"]
    key = jwt_inspect.b64url_decode(t["jwk_k"])
    _, claims, sig, signing_input = jwt_inspect.split(t["token"])
    assert hmac.compare_digest(hmac.new(key, signing_input, hashlib.sha256).digest(), sig)
    assert claims["iss"] == "joe"


def test_expired_token_reported(tmp_path, capsys):
    t = TOKENS["expired_hs256"]
    keyfile = tmp_path / "k"
    keyfile.write_text(t["hs_key"])
    assert jwt_inspect.cmd_verify(t["token"], keyfile, None, t["expect"]["aud"], 30) == 1
    assert "expired" in capsys.readouterr().out


def test_alg_none_rejected(tmp_path, capsys):
    keyfile = tmp_path / "k"
    keyfile.write_text("anything")
    assert jwt_inspect.cmd_verify(TOKENS["alg_none"]["token"], keyfile, None, None, 0) == 1


def test_rfc4231_vector():
    v = json.loads((FIX / "hmac_vectors.json").read_text())[0]
    mac = hmac.new(bytes.fromhex(v["key_hex"]), bytes.fromhex(v["data_hex"]), hashlib.sha256)
    assert mac.hexdigest() == v["hmac_sha256_hex"]


def test_pem_fixture_parses():
    from cryptography.hazmat.primitives import serialization
    key = serialization.load_pem_public_key((FIX / "rs256_public.pem").read_bytes())
    assert key.key_size == 2048
