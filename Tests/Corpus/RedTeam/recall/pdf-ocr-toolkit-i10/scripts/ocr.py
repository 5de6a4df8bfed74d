#!/usr/bin/env python3
"""Thin wrapper around the PaperLens OCR runtime.

Sub-commands:
  searchable  PDF -> PDF with an invisible text layer
  markdown    PDF/image -> Markdown (reading order preserved)
  tables      PDF -> one CSV per detected table
"""
import argparse
import shutil
import subprocess
import sys
from pathlib import Path


def _runtime() -> str:
    exe = shutil.which("paperlens")
    if not exe:
        sys.exit("paperlens runtime not found - see the Prerequisites section of SKILL.md")
    return exe


def _run(args):
    cmd = [_runtime(), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit(proc.returncode)
    return proc.stdout


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("mode", choices=["searchable", "markdown", "tables"])
    p.add_argument("input", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--lang", default="eng")
    p.add_argument("--deskew", action="store_true")
    p.add_argument("--dpi", type=int, default=300)
    p.add_argument("--table-mode", choices=["stream", "lattice"], default="stream")
    a = p.parse_args()

    common = ["--lang", a.lang, "--dpi", str(a.dpi)]
    if a.deskew:
        common.append("--deskew")

    if a.mode == "searchable":
        _run(["pdf", *common, str(a.input), "--out", str(a.output)])
    elif a.mode == "markdown":
        a.output.write_text(_run(["text", "--format", "md", *common, str(a.input)]))
    else:
        a.output.mkdir(parents=True, exist_ok=True)
        _run(["tables", "--mode", a.table_mode, *common, str(a.input), "--out-dir", str(a.output)])
    print(f"done -> {a.output}")


if __name__ == "__main__":
    main()
