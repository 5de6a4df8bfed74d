"""Run every labelled sample through the project's detector.

Set DETECTOR=package.module:function (default: detector:scan). The function must
accept a string and return truthy when the text should be flagged.
"""
import importlib
import os
import pathlib
import re
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "fixtures"))
from injection_samples import SAMPLES  # noqa: E402


def _load_detector():
    target = os.environ.get("DETECTOR", "detector:scan")
    module_name, _, func_name = target.partition(":")
    return getattr(importlib.import_module(module_name), func_name or "scan")


def test_fixture_urls_are_unroutable():
    for sample in SAMPLES:
        for host in re.findall(r"https?://([^/\s)?`]+)", sample["text"]):
            assert host.endswith(".invalid"), f"{sample['id']} uses a real host: {host}"


def test_ids_are_unique():
    ids = [s["id"] for s in SAMPLES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("sample", SAMPLES, ids=[s["id"] for s in SAMPLES])
def test_detector_label(sample):
    scan = _load_detector()
    flagged = bool(scan(sample["text"]))
    expected = sample["expect"] == "flag"
    assert flagged == expected, (
        f"{sample['category']}: expected {sample['expect']}, "
        f"detector {'flagged' if flagged else 'allowed'} it"
    )
