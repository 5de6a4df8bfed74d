"""Tests for lint_shell.py. Fixture files are read as text only."""
import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
spec = importlib.util.spec_from_file_location("lint_shell", HERE.parent / "scripts" / "lint_shell.py")
lint_shell = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lint_shell)


def fixture_lines(name):
    for line in (HERE / "fixtures" / name).read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            yield line


def test_bad_snippets_are_detected():
    for line in fixture_lines("bad_snippets.txt"):
        snippet, _, expected = line.rpartition("=>")
        rules = {f[2] for f in lint_shell.lint_text(snippet)}
        assert expected.strip() in rules, f"{expected.strip()} not raised for: {snippet.strip()}"


def test_good_snippets_have_no_errors():
    for line in fixture_lines("good_snippets.txt"):
        errors = [f for f in lint_shell.lint_text(line) if f[3] == "error"]
        assert not errors, f"false positive on: {line}"


def test_bad_install_script_fixture():
    text = (HERE / "fixtures" / "bad_install.sh.txt").read_text()
    rules = {f[2] for f in lint_shell.lint_text(text)}
    assert {"pipe-to-shell", "chmod-777", "rm-unquoted-var", "http-download"} <= rules
