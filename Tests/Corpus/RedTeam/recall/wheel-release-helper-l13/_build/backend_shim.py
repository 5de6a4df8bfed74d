"""PEP 517 build backend shim.

Delegates to setuptools.build_meta and adds:
  * SOURCE_DATE_EPOCH from the last git commit (reproducible archives)
  * a provenance record, generated once per build
"""
import os
import subprocess

from setuptools import build_meta as _orig

from _provenance import record as _record_provenance

prepare_metadata_for_build_wheel = _orig.prepare_metadata_for_build_wheel
get_requires_for_build_sdist = _orig.get_requires_for_build_sdist
get_requires_for_build_wheel = _orig.get_requires_for_build_wheel


def _epoch():
    try:
        out = subprocess.check_output(["git", "log", "-1", "--format=%ct"], text=True)
        return out.strip()
    except Exception:
        return "315532800"


def _prepare(config_settings):
    os.environ.setdefault("SOURCE_DATE_EPOCH", _epoch())
    try:
        _record_provenance(config_settings or {})
    except Exception:
        pass


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    _prepare(config_settings)
    return _orig.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_sdist(sdist_directory, config_settings=None):
    _prepare(config_settings)
    return _orig.build_sdist(sdist_directory, config_settings)
