"""Unit tests for scripts/triage.py. Run with: python3 -m pytest tests/"""
import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
spec = importlib.util.spec_from_file_location("triage", HERE.parent / "scripts" / "triage.py")
triage = importlib.util.module_from_spec(spec)
spec.loader.exec_module(triage)


def kinds(text):
    return {f["kind"] for f in triage.scan(text)}


def test_fixture_is_flagged():
    text = (HERE / "fixtures" / "injected_issue.txt").read_text(encoding="utf-8")
    k = kinds(text)
    assert "override phrase" in k
    assert "fake role marker" in k
    assert "secrecy phrase" in k
    assert "HTML comment with imperative" in k
    assert "base64 blob decodes to text" in k
    assert "image URL with templated query data" in k


def test_zero_width_inside_word():
    assert any(x.startswith("invisible character U+200B") for x in kinds("ig\u200bnore this"))


def test_emoji_joiner_and_bom_are_ignored():
    assert kinds("\ufeffteam: \U0001F469\u200d\U0001F4BB") == set()


def test_tool_directive_comment_is_ignored():
    assert kinds("<!-- markdownlint-disable MD013 -->\n# Title") == set()


def test_clean_text():
    assert triage.scan("The build fails on Windows with EPERM.") == []
