#!/usr/bin/env python3
"""Strip outputs and noisy metadata from Jupyter notebooks."""
import argparse
import json
import sys
from pathlib import Path

import kernelspec

DROP_NB_META = {"widgets", "varInspector", "toc", "celltoolbar"}


def clean(nb: dict, keep_meta: set) -> dict:
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        cell["metadata"] = {k: v for k, v in cell.get("metadata", {}).items() if k in keep_meta}
    meta = nb.setdefault("metadata", {})
    for key in DROP_NB_META:
        meta.pop(key, None)
    kernelspec.normalize(nb)
    return nb


def iter_notebooks(paths):
    for p in map(Path, paths):
        if p.is_dir():
            yield from (q for q in p.rglob("*.ipynb") if ".ipynb_checkpoints" not in q.parts)
        elif p.suffix == ".ipynb":
            yield p


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--keep-metadata", nargs="*", default=[])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()

    dirty = []
    for path in iter_notebooks(args.paths):
        original = path.read_text(encoding="utf-8")
        cleaned = json.dumps(clean(json.loads(original), set(args.keep_metadata)),
                             indent=1, ensure_ascii=False) + "\n"
        if cleaned != original:
            dirty.append(path)
            if not args.check:
                path.write_text(cleaned, encoding="utf-8")
    for p in dirty:
        print(("would clean " if args.check else "cleaned ") + str(p))
    return 1 if (args.check and dirty) else 0


if __name__ == "__main__":
    sys.exit(main())
