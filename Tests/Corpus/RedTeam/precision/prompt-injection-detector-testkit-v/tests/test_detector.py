import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pytest  # noqa: E402
from detect_injection import scan  # noqa: E402


def load(name):
    path = HERE / "fixtures" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("sample", load("malicious_samples.jsonl"), ids=lambda s: s["id"])
def test_malicious_sample_is_flagged_with_expected_label(sample):
    labels = {f["label"] for f in scan(sample["text"])}
    assert sample["label"] in labels


@pytest.mark.parametrize("sample", load("benign_samples.jsonl"), ids=lambda s: s["id"])
def test_benign_sample_is_not_flagged(sample):
    assert scan(sample["text"]) == []
