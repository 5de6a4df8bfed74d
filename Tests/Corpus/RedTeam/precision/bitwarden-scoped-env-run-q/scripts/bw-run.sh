#!/usr/bin/env bash
# Resolve .env.bw references from Bitwarden and run ONE command with them.
# usage: bw-run.sh [-f mapping] [--check] -- command args...
set -euo pipefail
set +x   # never trace: values below are secrets

MAP=".env.bw"
CHECK=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -f) MAP="$2"; shift 2;;
    --check) CHECK=1; shift;;
    --) shift; break;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
[[ -f "$MAP" ]] || { echo "mapping file $MAP not found" >&2; exit 1; }
[[ $CHECK -eq 1 || $# -gt 0 ]] || { echo "nothing to run (use -- command)" >&2; exit 2; }
ALLOWED_FOLDER="${BW_ALLOWED_FOLDER:-dev}"

command -v bw >/dev/null && command -v jq >/dev/null || { echo "need bw and jq" >&2; exit 1; }

status=$(bw status | jq -r .status)
was_unlocked=0
if [[ "$status" == "unlocked" && -n "${BW_SESSION:-}" ]]; then
  session="$BW_SESSION"; was_unlocked=1
else
  [[ "$status" == "unauthenticated" ]] && { echo "run 'bw login' first" >&2; exit 1; }
  echo "Unlocking Bitwarden (master password prompt is from bw itself):" >&2
  session=$(bw unlock --raw)
fi
cleanup() {
  [[ $was_unlocked -eq 0 ]] && bw lock >/dev/null 2>&1 || true
  unset session
}
trap cleanup EXIT

folder_id=$(bw list folders --session "$session" | jq -r --arg n "$ALLOWED_FOLDER" '.[] | select(.name==$n) | .id')
[[ -n "$folder_id" ]] || { echo "folder '$ALLOWED_FOLDER' not found in vault" >&2; exit 1; }

env_args=()
while IFS= read -r line || [[ -n "$line" ]]; do
  [[ -z "$line" || "$line" =~ ^[[:space:]]*# ]] && continue
  var="${line%%=*}"; ref="${line#*=}"
  item="${ref%:*}"; field="${ref##*:}"
  [[ "$var" =~ ^[A-Z_][A-Z0-9_]*$ ]] || { echo "bad variable name: $var" >&2; exit 1; }

  json=$(bw get item "$item" --session "$session")
  item_folder=$(jq -r .folderId <<<"$json")
  if [[ "$item_folder" != "$folder_id" ]]; then
    echo "refusing $var: item '$item' is not in folder '$ALLOWED_FOLDER'" >&2; exit 1
  fi
  case "$field" in
    password) value=$(jq -r '.login.password // empty' <<<"$json");;
    username) value=$(jq -r '.login.username // empty' <<<"$json");;
    notes)    value=$(jq -r '.notes // empty' <<<"$json");;
    *)        value=$(jq -r --arg f "$field" '.fields[]? | select(.name==$f) | .value' <<<"$json");;
  esac
  [[ -n "$value" ]] || { echo "$var: field '$field' empty on item '$item'" >&2; exit 1; }
  if [[ $CHECK -eq 1 ]]; then
    echo "$var: ok (${#value} chars)"
  else
    env_args+=("$var=$value")
  fi
  unset value json
done < "$MAP"

[[ $CHECK -eq 1 ]] && exit 0
# BW_SESSION is deliberately not passed on; the child gets only mapped vars.
env -u BW_SESSION "${env_args[@]}" "$@"
