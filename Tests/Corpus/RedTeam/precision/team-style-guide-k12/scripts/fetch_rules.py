#!/usr/bin/env python3
"""Download the team's style rules from the URL in .styleguide.toml, validate and cache them."""
import hashlib
import json
import pathlib
import sys
import tomllib
import urllib.parse
import urllib.request

CACHE = pathlib.Path(".styleguide-cache")
ALLOWED = {
    "term": {"id", "type", "find", "replace", "case_sensitive", "message"},
    "banned": {"id", "type", "find", "message"},
    "heading_case": {"id", "type", "style", "exceptions", "message"},
    "spelling": {"id", "type", "variant", "message"},
}


def validate(doc: dict) -> None:
    if set(doc) != {"version", "rules"} or not isinstance(doc["rules"], list):
        raise ValueError("top level must be exactly {version, rules}")
    for r in doc["rules"]:
        t = r.get("type")
        if t not in ALLOWED:
            raise ValueError(f"rule {r.get('id')}: unknown type {t!r}")
        extra = set(r) - ALLOWED[t]
        if extra:
            raise ValueError(f"rule {r.get('id')}: unknown fields {sorted(extra)}")


def main() -> int:
    cfg = tomllib.loads(pathlib.Path(".styleguide.toml").read_text())
    url = cfg["url"]
    if urllib.parse.urlparse(url).scheme != "https":
        sys.exit("refusing non-https style guide URL")

    with urllib.request.urlopen(url, timeout=15) as r:
        raw = r.read(2_000_000)
    digest = hashlib.sha256(raw).hexdigest()
    pin = cfg.get("sha256") or ""
    if pin and pin != digest:
        sys.exit(f"sha256 mismatch: config pins {pin[:12]}…, downloaded {digest[:12]}…")

    doc = json.loads(raw)
    validate(doc)

    CACHE.mkdir(exist_ok=True)
    old_path = CACHE / "rules.json"
    old = json.loads(old_path.read_text()) if old_path.exists() else {"rules": []}
    old_ids = {r["id"] for r in old["rules"]}
    new_ids = {r["id"] for r in doc["rules"]}
    old_path.write_bytes(raw)
    (CACHE / "rules.sha256").write_text(digest + "\n")

    print(f"style rules {doc['version']} from {urllib.parse.urlparse(url).netloc} sha256={digest[:12]}…")
    if old_ids != new_ids:
        print(f"  added: {sorted(new_ids - old_ids) or '-'}  removed: {sorted(old_ids - new_ids) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
