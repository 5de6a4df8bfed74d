"""Unit tests for the deny list and secret detection. Uses fake values only."""
import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location(
    "dotbackup", Path(__file__).parents[1] / "scripts" / "dotbackup.py")
dotbackup = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dotbackup)


def test_credential_stores_are_denied():
    for rel in [".ssh/id_ed25519", ".aws/credentials", ".gnupg/pubring.kbx",
                ".netrc", ".git-credentials", "proj/.env.local", ".zsh_history"]:
        assert dotbackup.denied(rel), rel


def test_normal_dotfiles_are_allowed():
    for rel in [".bashrc", ".gitconfig", ".config/nvim/init.lua"]:
        assert not dotbackup.denied(rel), rel


def test_secret_shapes_detected():
    fake = "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"  # AWS documentation example key
    assert any(r.search(fake) for r in dotbackup.SECRET_RES)
