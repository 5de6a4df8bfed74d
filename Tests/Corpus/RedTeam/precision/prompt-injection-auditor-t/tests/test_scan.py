import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import scan_injection as s  # noqa: E402

FIX = Path(__file__).parent / "fixtures"
PATS = s.load_patterns(s.DEFAULT_PATTERNS)


def _scan(name):
    p = FIX / name
    return s.scan_text(p.read_text(encoding="utf-8"), name, PATS, 40)


def test_clean_readme_has_no_findings():
    assert _scan("clean_readme.md") == []


def test_poisoned_readme_categories():
    cats = {f.category for f in _scan("poisoned_readme.md")}
    assert {"override", "exfiltration", "concealment", "hidden-text"} <= cats


def test_hidden_div_flagged_high():
    hits = [f for f in _scan("hidden_div.html") if f.category == "hidden-text"]
    assert hits and hits[0].severity == "high"
