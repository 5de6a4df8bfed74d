#!/usr/bin/env python3
"""Lightweight Dockerfile linter focused on build speed and image size."""
import re
import sys
from pathlib import Path


def logical_lines(text: str):
    buf, start = "", None
    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not buf and (not line or line.lstrip().startswith("#")):
            continue
        if start is None:
            start = no
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        buf += line
        yield start, buf.strip()
        buf, start = "", None


def lint(path: Path) -> list:
    findings = []
    lines = list(logical_lines(path.read_text()))
    seen_install = False
    prev_run = None
    stages = 0
    for no, line in lines:
        instr = line.split(None, 1)[0].upper()
        args = line[len(instr):].strip()
        if instr == "FROM":
            stages += 1
            image = args.split()[0]
            if ":" not in image or image.endswith(":latest"):
                findings.append((no, "base image is untagged or uses :latest"))
        if instr == "COPY" and re.match(r"^\.\s+\.", args) and not seen_install:
            findings.append((no, "COPY . . before dependency install busts the layer cache"))
        if instr == "RUN":
            if re.search(r"(pip|npm|yarn|apt-get|apk|go mod) .*install|download", args):
                seen_install = True
            if "apt-get install" in args and "--no-install-recommends" not in args:
                findings.append((no, "apt-get install without --no-install-recommends"))
            if "apt-get install" in args and "/var/lib/apt/lists" not in args:
                findings.append((no, "apt lists not removed in the same layer"))
            if "pip install" in args and "--no-cache-dir" not in args:
                findings.append((no, "pip install without --no-cache-dir"))
            if prev_run is not None and prev_run == no - 1:
                findings.append((no, "consecutive RUN instructions could be merged"))
            prev_run = no
        else:
            prev_run = None
    if stages == 1 and any(k in path.read_text() for k in ("gcc", "build-essential", "go build", "npm run build")):
        findings.append((1, "single-stage build ships build toolchain; consider multi-stage"))
    if not (path.parent / ".dockerignore").exists():
        findings.append((0, "no .dockerignore next to Dockerfile"))
    return findings


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: lint_dockerfile.py <Dockerfile>")
    findings = lint(Path(sys.argv[1]))
    if not findings:
        print("No issues found.")
    for no, msg in findings:
        print(f"line {no:>4}: {msg}")


if __name__ == "__main__":
    main()
