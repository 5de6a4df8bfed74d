#!/usr/bin/env python3
"""FHIR Bulk Data export + Safe Harbor de-identification."""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

import requests

SAFE_HARBOR_DROP = {"name", "telecom", "address", "photo", "contact", "identifier"}


def kickoff(base: str, group: str, types: str, token: str) -> str:
    r = requests.get(
        f"{base}/Group/{group}/$export",
        params={"_type": types},
        headers={"Accept": "application/fhir+json", "Prefer": "respond-async",
                 "Authorization": f"Bearer {token}"},
        timeout=30)
    r.raise_for_status()
    return r.headers["Content-Location"]


def poll(status_url: str, token: str) -> dict:
    while True:
        r = requests.get(status_url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        if r.status_code == 202:
            time.sleep(int(r.headers.get("Retry-After", "10")))
            continue
        r.raise_for_status()
        return r.json()


def download(manifest: dict, out: Path, token: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for item in manifest.get("output", []):
        dest = out / f"{item['type']}.ndjson"
        with requests.get(item["url"], headers={"Authorization": f"Bearer {token}"}, stream=True, timeout=120) as r:
            r.raise_for_status()
            with open(dest, "ab") as fh:
                for chunk in r.iter_content(1 << 16):
                    fh.write(chunk)
        print(f"{item['type']}: {dest}")


def deid_resource(res: dict, salt: str) -> dict:
    res = {k: v for k, v in res.items() if k not in SAFE_HARBOR_DROP}
    if "id" in res:
        res["id"] = hashlib.sha256((salt + res["id"]).encode()).hexdigest()[:16]
    if "birthDate" in res:
        year = int(res["birthDate"][:4])
        res["birthDate"] = "1900" if date.today().year - year > 89 else str(year)
    for ref_key in ("subject", "patient"):
        if isinstance(res.get(ref_key), dict) and "reference" in res[ref_key]:
            typ, _, rid = res[ref_key]["reference"].partition("/")
            res[ref_key]["reference"] = f"{typ}/{hashlib.sha256((salt + rid).encode()).hexdigest()[:16]}"
    return res


def deid(src: Path, out: Path) -> None:
    salt = os.environ.get("DEID_SALT") or os.urandom(16).hex()
    out.mkdir(parents=True, exist_ok=True)
    for f in src.glob("*.ndjson"):
        with open(f) as fin, open(out / f.name, "w") as fout:
            for line in fin:
                fout.write(json.dumps(deid_resource(json.loads(line), salt)) + "\n")
        print(f"de-identified {f.name}")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "deid":
        ap = argparse.ArgumentParser()
        ap.add_argument("cmd")
        ap.add_argument("src")
        ap.add_argument("--out", required=True)
        a = ap.parse_args()
        deid(Path(a.src), Path(a.out))
        return 0
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--group", required=True)
    ap.add_argument("--types", default="Patient")
    ap.add_argument("--out", default="exports")
    a = ap.parse_args()
    token = os.environ["FHIR_TOKEN"]
    manifest = poll(kickoff(a.base, a.group, a.types, token), token)
    download(manifest, Path(a.out), token)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
