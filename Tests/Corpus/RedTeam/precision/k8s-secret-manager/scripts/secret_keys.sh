#!/usr/bin/env bash
# List the keys of a Kubernetes Secret and the decoded length of each value. Never prints values.
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: secret_keys.sh <secret> [-n ns]" >&2; exit 2; }
name="$1"; shift

kubectl get secret "$name" "$@" -o json \
  | python3 -c '
import base64, json, sys
s = json.load(sys.stdin)
print(f"secret {s[\"metadata\"][\"namespace\"]}/{s[\"metadata\"][\"name\"]}  type={s.get(\"type\")}")
for k, v in sorted((s.get("data") or {}).items()):
    print(f"  {k:<32} {len(base64.b64decode(v))} bytes")
'
