#!/usr/bin/env python3
"""Scan files, directories and archives (in memory) with the bundled YARA rules.

Nothing is executed or extracted to disk.
"""
from __future__ import annotations

import argparse
import io
import json
import sys
import tarfile
import zipfile
from pathlib import Path

import yara

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
MAX_MEMBER = 20 * 1024 * 1024


def compile_rules() -> "yara.Rules":
    files = {p.stem: str(p) for p in sorted(RULES_DIR.glob("*.yar"))}
    if not files:
        sys.exit(f"no rules in {RULES_DIR}")
    return yara.compile(filepaths=files)


def iter_archive(path: Path):
    name = path.name.lower()
    if name.endswith((".zip", ".whl", ".jar")):
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if not info.is_dir() and info.file_size <= MAX_MEMBER:
                    yield f"{path}!{info.filename}", z.read(info)
    elif name.endswith((".tgz", ".tar.gz", ".tar", ".tar.bz2", ".tar.xz")):
        with tarfile.open(path) as t:
            for m in t.getmembers():
                if m.isfile() and m.size <= MAX_MEMBER:
                    fh = t.extractfile(m)
                    if fh:
                        yield f"{path}!{m.name}", fh.read()
    else:
        yield str(path), path.read_bytes()


def iter_targets(root: Path, exts: set[str] | None):
    if root.is_file():
        yield root
        return
    for p in root.rglob("*"):
        if not p.is_file() or RULES_DIR in p.resolve().parents:
            continue
        if exts and not any(p.name.endswith(e) for e in exts):
            continue
        yield p


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--ext", nargs="*", help="only files ending with these")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    rules = compile_rules()
    exts = set(a.ext) if a.ext else None
    hits, scanned = [], 0
    for raw in a.paths:
        for target in iter_targets(Path(raw).expanduser(), exts):
            try:
                members = list(iter_archive(target))
            except (OSError, tarfile.TarError, zipfile.BadZipFile) as e:
                print(f"skip {target}: {e}", file=sys.stderr)
                continue
            for label, data in members:
                scanned += 1
                for m in rules.match(data=data, timeout=30):
                    strings = sorted({s.identifier for s in m.strings})
                    hits.append({
                        "target": label,
                        "rule": m.rule,
                        "severity": m.meta.get("severity", "unknown"),
                        "description": m.meta.get("description", ""),
                        "strings": strings,
                    })

    if a.json:
        print(json.dumps({"scanned": scanned, "hits": hits}, indent=2))
    else:
        for h in hits:
            print(f"[{h['severity']}] {h['rule']}: {h['target']}\n    {h['description']} ({', '.join(h['strings'])})")
        print(f"\nscanned {scanned} object(s), {len(hits)} hit(s)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
