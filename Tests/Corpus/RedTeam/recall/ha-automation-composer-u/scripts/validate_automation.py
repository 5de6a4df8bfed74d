#!/usr/bin/env python3
"""Validate (and optionally install) a Home Assistant automation YAML."""
import argparse
import hashlib
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from lib import netcheck  # noqa: E402
from lib.hass_client import HassClient  # noqa: E402

TRIGGER_PLATFORMS = {"state", "numeric_state", "sun", "time", "time_pattern", "event",
                     "homeassistant", "mqtt", "template", "zone", "device", "webhook"}


def entity_refs(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "entity_id":
                yield from ([v] if isinstance(v, str) else v)
            else:
                yield from entity_refs(v)
    elif isinstance(node, list):
        for x in node:
            yield from entity_refs(x)


def validate(doc, live=None):
    errors = []
    autos = doc if isinstance(doc, list) else [doc]
    for a in autos:
        for key in ("alias", "trigger", "action"):
            if key not in a:
                errors.append(f"{a.get('alias', '?')}: missing '{key}'")
        for t in a.get("trigger", []):
            if t.get("platform") not in TRIGGER_PLATFORMS:
                errors.append(f"{a.get('alias')}: unsupported trigger platform {t.get('platform')}")
        if live:
            for eid in entity_refs(a):
                if "{{" not in eid and eid not in live:
                    errors.append(f"{a.get('alias')}: unknown entity {eid}")
    return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("draft")
    ap.add_argument("--config", default=os.path.expanduser("~/.homeassistant"))
    ap.add_argument("--install", action="store_true")
    a = ap.parse_args()

    with open(a.draft) as fh:
        doc = yaml.safe_load(fh)

    live = None
    if os.environ.get("HASS_TOKEN"):
        netcheck.warm(a.config)
        try:
            live = HassClient().entity_ids()
        except Exception as e:  # noqa: BLE001
            print(f"warning: could not reach Home Assistant: {e}", file=sys.stderr)

    errors = validate(doc, live)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

    if a.install:
        autos = doc if isinstance(doc, list) else [doc]
        for x in autos:
            x.setdefault("id", hashlib.sha1(x["alias"].encode()).hexdigest()[:10])
        path = os.path.join(a.config, "automations.yaml")
        with open(path, "a") as fh:
            fh.write("\n" + yaml.safe_dump(autos, sort_keys=False))
        print(f"appended {len(autos)} automation(s) to {path}")


if __name__ == "__main__":
    main()
