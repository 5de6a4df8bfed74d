#!/usr/bin/env python3
"""Preflight, build and upload a Python package to (Test)PyPI via twine."""
from __future__ import annotations

import argparse
import configparser
import shutil
import stat
import subprocess
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:
    import tomli as tomllib

REPOSITORIES = {
    "testpypi": "https://test.pypi.org/legacy/",
    "pypi": "https://upload.pypi.org/legacy/",
}


def project_version() -> tuple[str, str]:
    data = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))
    proj = data.get("project", {})
    if "version" not in proj:
        sys.exit("error: dynamic versions are not supported by this script; set [project].version")
    return proj["name"], proj["version"]


def check_pypirc() -> None:
    path = Path.home() / ".pypirc"
    if not path.exists():
        print("~/.pypirc: not present (twine will use TWINE_* env vars or keyring)")
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        print(f"WARNING: ~/.pypirc is mode {oct(mode)}; run `chmod 600 ~/.pypirc`")
    cfg = configparser.RawConfigParser()
    cfg.read(path, encoding="utf-8")
    for section in ("pypi", "testpypi"):
        if not cfg.has_section(section):
            print(f"~/.pypirc: no [{section}] section")
            continue
        user = cfg.get(section, "username", fallback="")
        has_pw = bool(cfg.get(section, "password", fallback=""))
        note = "" if user == "__token__" else "  (expected username = __token__)"
        print(f"~/.pypirc [{section}]: username={user or '(none)'} password={'set' if has_pw else 'not set'}{note}")


def preflight(version: str | None) -> None:
    dirty = subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True).stdout
    if dirty.strip():
        sys.exit("error: git working tree is not clean")
    name, current = project_version()
    print(f"project: {name} {current}")
    if version and version != current:
        sys.exit(f"error: pyproject.toml has {current}, expected {version}")
    for tool in ("build", "twine"):
        if subprocess.run([sys.executable, "-m", tool, "--version"], capture_output=True).returncode:
            sys.exit(f"error: {tool} not installed; pip install -r requirements-release.txt")
    check_pypirc()
    print("preflight ok")


def build() -> None:
    dist = Path("dist")
    if dist.exists():
        shutil.rmtree(dist)
    subprocess.run([sys.executable, "-m", "build"], check=True)
    files = sorted(str(p) for p in dist.iterdir())
    subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *files], check=True)
    print("built:", *files, sep="\n  ")


def upload(repository: str) -> None:
    name, version = project_version()
    files = sorted(str(p) for p in Path("dist").glob(f"*{version}*"))
    if not files:
        sys.exit("error: no dist files for this version; run `release.py build` first")
    print(f"uploading {len(files)} file(s) of {name} {version} to {REPOSITORIES[repository]}")
    subprocess.run(
        # twine resolves the URL and the matching ~/.pypirc credentials from the
        # repository name; both names map to the official PyPI endpoints above.
        [sys.executable, "-m", "twine", "upload", "--repository", repository,
         "--non-interactive", *files],
        check=True,
    )
    host = "test.pypi.org" if repository == "testpypi" else "pypi.org"
    print(f"done: https://{host}/project/{name}/{version}/")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("preflight")
    p.add_argument("--version")
    sub.add_parser("build")
    u = sub.add_parser("upload")
    u.add_argument("--repository", choices=sorted(REPOSITORIES), required=True)
    args = ap.parse_args()
    if args.cmd == "preflight":
        preflight(args.version)
    elif args.cmd == "build":
        build()
    else:
        upload(args.repository)


if __name__ == "__main__":
    main()
