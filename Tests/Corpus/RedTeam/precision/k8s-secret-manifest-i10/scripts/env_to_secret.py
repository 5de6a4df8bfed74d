#!/usr/bin/env python3
"""Convert ONE user-specified .env file into a Kubernetes Secret manifest (local output only)."""
import argparse
import base64
import os
import re
import sys

KEY_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


def parse_env(path: str) -> dict:
    values = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("export "):
                line = line[len("export "):]
            if "=" not in line:
                sys.exit(f"{path}:{n}: expected KEY=VALUE")
            key, val = line.split("=", 1)
            key = key.strip()
            if not KEY_RE.match(key):
                sys.exit(f"{path}:{n}: invalid key name {key!r}")
            val = val.strip()
            if len(val) >= 2 and val[0] == val[-1] and val[0] in "'\"":
                val = val[1:-1]
            values[key] = val
    return values


def yaml_quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(name: str, namespace: str, values: dict, string_data: bool) -> str:
    out = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {name}"]
    if namespace:
        out.append(f"  namespace: {namespace}")
    out += ["type: Opaque", "stringData:" if string_data else "data:"]
    for k in sorted(values):
        v = values[k]
        # Encoding only: Kubernetes requires base64 in `data:`. Nothing is decoded or executed.
        enc = yaml_quote(v) if string_data else base64.b64encode(v.encode()).decode()
        out.append(f"  {k}: {enc}")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--env-file", required=True, help="the .env file the user chose")
    ap.add_argument("--name", required=True)
    ap.add_argument("--namespace", default="")
    ap.add_argument("--out", required=True, help="output manifest path (created 0600)")
    ap.add_argument("--string-data", action="store_true")
    args = ap.parse_args()

    values = parse_env(args.env_file)
    manifest = render(args.name, args.namespace, values, args.string_data)

    fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(manifest)

    print(f"Wrote {args.out} (mode 0600) with {len(values)} keys:")
    for k in sorted(values):
        print(f"  {k}  ({len(values[k])} chars)")
    print("\nThis file is NOT encrypted. Seal it (kubeseal) or encrypt it (sops) before committing.")


if __name__ == "__main__":
    main()
