#!/usr/bin/env python3
"""Render .github/copilot-instructions.md from the conventions template.

    render_conventions.py --repo . [--set key=value ...]           # preview + diff
    render_conventions.py --repo . --write                         # write after review
    render_conventions.py --repo . --stdout                        # rendered text only

Reads project metadata files (pyproject.toml, package.json, go.mod, tsconfig.json)
to fill placeholders. Writes only .github/copilot-instructions.md (plus a .bak copy
of the previous version), and only with --write. Standard library only.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import shutil
import sys
import tomllib
from pathlib import Path
from urllib.parse import urlparse

TEMPLATE = Path(__file__).resolve().parent.parent / "assets" / "copilot-instructions.md"
TARGET = Path(".github") / "copilot-instructions.md"

# Content that must never end up in a conventions file (exit code 3 if found).
FORBIDDEN = [
    (re.compile(r"\b(ignore|disregard|forget)\b.{0,30}\b(previous|prior|above|earlier)\b.{0,20}\binstructions\b", re.I),
     "instruction-override phrase"),
    (re.compile(r"\byou are now\b|\bsystem prompt\b|\bdeveloper mode\b", re.I), "persona/system-prompt phrase"),
    (re.compile(r"without (asking|telling|informing) the user|do not (tell|mention|inform)", re.I), "secrecy phrase"),
    (re.compile(r"\b(auto-?approve|bypasspermissions|--no-verify|allowed-tools)\b", re.I), "permission change"),
    (re.compile(r"<!--"), "HTML comment (hidden in rendered Markdown)"),
    (re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"),
     "invisible Unicode character"),
]
DOC_HOSTS = {
    "docs.github.com", "docs.python.org", "peps.python.org", "docs.astral.sh", "docs.pytest.org",
    "www.conventionalcommits.org", "go.dev", "developer.mozilla.org", "www.typescriptlang.org",
    "eslint.org", "prettier.io", "vitest.dev", "jestjs.io",
}
URL_RE = re.compile(r"https?://[^\s)>\]`\"']+")


def read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except tomllib.TOMLDecodeError:
        return {}


def read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except json.JSONDecodeError:
        return {}


def detect(repo: Path) -> dict:
    py = read_toml(repo / "pyproject.toml")
    pkg = read_json(repo / "package.json")
    tool = py.get("tool", {})
    deps = {**pkg.get("dependencies", {}), **pkg.get("devDependencies", {})}
    scripts = pkg.get("scripts", {})
    has_py = bool(py) or (repo / "setup.py").is_file() or (repo / "requirements.txt").is_file()
    has_ts = (repo / "tsconfig.json").is_file() or "typescript" in deps
    has_js = bool(pkg) and not has_ts
    has_go = (repo / "go.mod").is_file()

    langs = [n for n, on in (("Python", has_py), ("TypeScript", has_ts), ("JavaScript", has_js), ("Go", has_go)) if on]
    v: dict[str, str] = {"languages": ", ".join(langs) or "unknown"}

    name = py.get("project", {}).get("name") or pkg.get("name")
    if not name and has_go:
        first = (repo / "go.mod").read_text(encoding="utf-8").splitlines()[0]
        name = first.split()[-1].rsplit("/", 1)[-1]
    v["project_name"] = name or repo.resolve().name

    v["src_dir"] = next((d for d in ("src", "lib", "pkg", "app") if (repo / d).is_dir()), ".")
    v["test_dir"] = next((d for d in ("tests", "test", "__tests__") if (repo / d).is_dir()), v["src_dir"])

    fmts, lints = [], []
    if "ruff" in tool or (repo / "ruff.toml").is_file():
        fmts.append("ruff format"); lints.append("ruff check")
    elif "black" in tool:
        fmts.append("black")
    if "prettier" in deps or any(repo.glob(".prettierrc*")):
        fmts.append("prettier")
    if "eslint" in deps:
        lints.append("eslint")
    if has_go:
        fmts.append("gofmt"); lints.append("go vet")
    v["formatter"] = " / ".join(fmts) or "the project's formatter"
    v["linter"] = " / ".join(lints) or "the project's linter"
    v["line_length"] = str(tool.get("ruff", {}).get("line-length") or tool.get("black", {}).get("line-length")
                           or (88 if has_py else 100))

    if has_py:
        v.update(build_cmd="python -m build", test_cmd="pytest", lint_cmd="ruff check .",
                 test_framework="pytest", test_pattern="test_*.py", logger_hint="logging.getLogger(__name__)")
    if pkg:
        runner = next((t for t in ("vitest", "jest", "mocha") if t in deps), "node:test")
        v.update(build_cmd="npm run build" if "build" in scripts else v.get("build_cmd", "n/a"),
                 test_cmd="npm test" if "test" in scripts else v.get("test_cmd", "n/a"),
                 lint_cmd="npm run lint" if "lint" in scripts else v.get("lint_cmd", "n/a"))
        if not has_py:
            v.update(test_framework=runner, test_pattern="*.test.ts" if has_ts else "*.test.js",
                     logger_hint="the shared logger module")
    if has_go and not (has_py or pkg):
        v.update(build_cmd="go build ./...", test_cmd="go test ./...", lint_cmd="go vet ./...",
                 test_framework="Go testing package", test_pattern="*_test.go", logger_hint="log/slog")
    return v


def render(template: str, values: dict) -> str:
    out = re.sub(r"\{\{(\w+)\}\}", lambda m: values.get(m.group(1), m.group(0)), template)
    missing = sorted(set(re.findall(r"\{\{(\w+)\}\}", out)))
    if missing:
        sys.exit(f"render_conventions: no value for {', '.join(missing)}; pass --set KEY=VALUE")
    return out


def check(text: str) -> list[str]:
    problems = []
    for n, line in enumerate(text.splitlines(), start=1):
        for rx, what in FORBIDDEN:
            if rx.search(line):
                problems.append(f"line {n}: {what}: {line.strip()[:80]!r}")
        for url in URL_RE.findall(line):
            if urlparse(url).hostname not in DOC_HOSTS:
                problems.append(f"line {n}: URL outside documentation allow-list: {url}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", type=Path, default=Path("."))
    ap.add_argument("--template", type=Path, default=TEMPLATE)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    ap.add_argument("--write", action="store_true", help="write the file (after the user approved the diff)")
    ap.add_argument("--stdout", action="store_true", help="print only the rendered text")
    args = ap.parse_args()

    values = detect(args.repo)
    for item in args.set:
        key, sep, val = item.partition("=")
        if not sep:
            ap.error(f"--set expects KEY=VALUE, got {item!r}")
        values[key.strip()] = val
    text = render(args.template.read_text(encoding="utf-8"), values)

    problems = check(text)
    if problems:
        print("render_conventions: refusing, the rendered file contains:", *problems, sep="\n  ", file=sys.stderr)
        return 3
    if args.stdout:
        print(text, end="")
        return 0

    print("Detected:", *(f"{k} = {values[k]}" for k in sorted(values)), sep="\n  ")
    target = args.repo / TARGET
    old = target.read_text(encoding="utf-8") if target.is_file() else ""
    diff = list(difflib.unified_diff(old.splitlines(True), text.splitlines(True),
                                     fromfile=f"a/{TARGET}", tofile=f"b/{TARGET}"))
    print("\n" + ("".join(diff) if diff else "(no changes)"))

    if not args.write:
        print("\npreview only; nothing written. Re-run with --write after review.")
        return 0
    if not diff:
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_file():
        shutil.copy2(target, target.with_name(target.name + ".bak"))
    target.write_text(text, encoding="utf-8")
    print(f"\nwrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
