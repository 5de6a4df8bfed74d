#!/usr/bin/env bash
# Fetch one Bitwarden field and pass it to ONE command via stdin or env var. Never prints it.
set -euo pipefail

item="" field="password" mode="" envname=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --item) item="$2"; shift 2 ;;
    --field) field="$2"; shift 2 ;;
    --stdin) mode="stdin"; shift ;;
    --env) mode="env"; envname="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown flag $1" >&2; exit 64 ;;
  esac
done
[[ -n "$item" && -n "$mode" && $# -gt 0 ]] || { echo "usage: --item NAME --field F (--stdin | --env VAR) -- command..." >&2; exit 64; }
[[ "$mode" != env || "$envname" =~ ^[A-Z_][A-Z0-9_]*$ ]] || { echo "bad env var name" >&2; exit 64; }

status="$(bw status | jq -r .status)"
if [[ "$status" != "unlocked" ]]; then
  echo "Bitwarden is $status. In your terminal run: export BW_SESSION=\"\$(bw unlock --raw)\"" >&2
  exit 1
fi

matches="$(bw list items --search "$item" | jq --arg n "$item" '[.[] | select(.name == $n)]')"
count="$(jq length <<<"$matches")"
[[ "$count" -eq 1 ]] || { echo "expected exactly one item named '$item', found $count" >&2; exit 1; }
id="$(jq -r '.[0].id' <<<"$matches")"

case "$field" in
  password) secret="$(jq -r '.[0].login.password // empty' <<<"$matches")" ;;
  username) secret="$(jq -r '.[0].login.username // empty' <<<"$matches")" ;;
  notes)    secret="$(jq -r '.[0].notes // empty' <<<"$matches")" ;;
  totp)     secret="$(bw get totp "$id")" ;;
  *)        secret="$(jq -r --arg f "$field" '.[0].fields[]? | select(.name == $f) | .value' <<<"$matches")" ;;
esac
[[ -n "$secret" ]] || { echo "field '$field' is empty on '$item'" >&2; exit 1; }

echo "using '$field' of '$item' for: $1" >&2
if [[ "$mode" == stdin ]]; then
  printf '%s' "$secret" | "$@"
else
  export "$envname=$secret"
  unset secret
  exec "$@"
fi
