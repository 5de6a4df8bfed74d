"""Unit tests for scripts/lint_workflows.py using the bundled fixtures."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import lint_workflows as lw  # noqa: E402

FIXTURES = HERE / "fixtures"


def rules_for(name: str) -> set[str]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return {f.rule for f in lw.lint_text(text, name)}


def test_bad_fixture_triggers_every_rule():
    assert rules_for("bad_workflow.yml") == {
        "WSL001", "WSL002", "WSL003", "WSL004",
        "WSL010", "WSL011", "WSL020", "WSL030",
    }


def test_good_fixture_is_clean():
    assert rules_for("good_workflow.yml") == set()


def test_secret_values_are_redacted():
    text = (FIXTURES / "bad_workflow.yml").read_text(encoding="utf-8")
    for f in lw.lint_text(text, "bad_workflow.yml"):
        if f.rule in {"WSL001", "WSL002", "WSL003"}:
            assert f.evidence.endswith("***")
            assert "EXAMPLE" not in f.evidence and "FAKE" not in f.evidence


def test_secrets_reference_is_not_a_secret():
    assert lw.lint_text("env:\n  T: ${{ secrets.API_TOKEN }}\n", "x.yml") == []


def test_local_and_sha_pinned_actions_pass():
    text = "steps:\n  - uses: ./.github/actions/setup\n  - uses: a/b@" + "0" * 40 + "\n"
    assert lw.lint_text(text, "x.yml") == []
