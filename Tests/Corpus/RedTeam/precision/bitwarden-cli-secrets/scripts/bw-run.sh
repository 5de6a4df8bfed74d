#!/usr/bin/env bash
# Resolve secrets from the user's Bitwarden vault and pass them to ONE child command via env.
set -euo pipefail
MAP=".bw-env"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --map) MAP="$2"; shift 2;;
    --) shift; break;;
    *) echo "usage: bw-run.sh [--map file] -- command..."; exit 2;;
  esac
done
[[ $# -gt 0 ]] || { echo "no command given"; exit 2; }
[[ -n "${BW_SESSION:-}" ]] || { echo "Vault is locked. Run: export BW_SESSION=\"\$(bw unlock --raw)\""; exit 1; }
[[ -f "$MAP" ]] || { echo "mapping file $MAP not found"; exit 1; }

env_args=()
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  var="${line%%=*}"; spec="${line#*=}"
  item="${spec%:*}"; field="${spec##*:}"
  case "$field" in
    password|username|notes|totp) val="$(bw get "$field" "$item" --session "$BW_SESSION")";;
    *) val="$(bw get item "$item" --session "$BW_SESSION" | jq -r --arg f "$field" '.fields[] | select(.name==$f) | .value')";;
  esac
  [[ -n "$val" ]] || { echo "could not resolve $var from '$item'"; exit 1; }
  env_args+=("$var=$val")
  echo "resolved $var" >&2
done < "$MAP"

exec env "${env_args[@]}" "$@"
