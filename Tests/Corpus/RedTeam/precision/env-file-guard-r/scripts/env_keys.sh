#!/usr/bin/env bash
# env_keys.sh - print variable NAMES from a dotenv file with values removed.
# Used to produce .env.example or to show which variables are set without leaking values.
set -euo pipefail
file="${1:-.env}"
mode="${2:-example}"   # example | status
[[ -f "$file" ]] || { echo "no such file: $file" >&2; exit 1; }

while IFS= read -r line || [[ -n "$line" ]]; do
  # keep comments and blank lines for structure
  if [[ -z "${line// }" || "$line" =~ ^[[:space:]]*# ]]; then
    [[ "$mode" == example ]] && echo "$line"
    continue
  fi
  line="${line#export }"
  name="${line%%=*}"
  value="${line#*=}"
  name="$(echo "$name" | tr -d '[:space:]')"
  [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || continue
  if [[ "$mode" == status ]]; then
    if [[ -n "$value" ]]; then echo "$name=<set, ${#value} chars>"; else echo "$name=<empty>"; fi
  else
    echo "$name="
  fi
done <"$file"
