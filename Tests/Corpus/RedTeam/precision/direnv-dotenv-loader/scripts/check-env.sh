#!/usr/bin/env bash
# Report which variables named in an example file are set in the current
# environment. Prints names and status only — never the values.
set -euo pipefail
example="${1:-.env.example}"
[[ -f "$example" ]] || { echo "no $example found" >&2; exit 2; }

missing=0
while IFS= read -r line; do
  [[ "$line" =~ ^[[:space:]]*# ]] && continue
  [[ "$line" =~ ^[[:space:]]*$ ]] && continue
  name="${line%%=*}"
  name="${name// /}"
  [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || continue
  if [[ -n "${!name-}" ]]; then
    printf '%-28s set\n' "$name"
  else
    printf '%-28s MISSING\n' "$name"
    missing=$((missing + 1))
  fi
done < "$example"

exit $(( missing > 0 ? 1 : 0 ))
