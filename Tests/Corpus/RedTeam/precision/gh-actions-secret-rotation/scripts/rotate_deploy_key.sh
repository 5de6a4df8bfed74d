#!/usr/bin/env bash
# Usage: rotate_deploy_key.sh OWNER/REPO SECRET_NAME TITLE_PREFIX [--write]
set -euo pipefail
REPO=$1; SECRET=$2; PREFIX=$3; WRITE=${4:-}

TMP=$(mktemp -d); chmod 700 "$TMP"
cleanup() { command -v shred >/dev/null && shred -u "$TMP"/* 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

TITLE="$PREFIX-$(date -u +%Y%m%d%H%M)"
ssh-keygen -t ed25519 -N "" -C "$TITLE" -f "$TMP/key" -q

OLD_IDS=$(gh repo deploy-key list --repo "$REPO" --json id,title \
  -q ".[] | select(.title | startswith(\"$PREFIX\")) | .id")

ADD_ARGS=(--repo "$REPO" --title "$TITLE")
[[ $WRITE == "--write" ]] && ADD_ARGS+=(--allow-write)
gh repo deploy-key add "$TMP/key.pub" "${ADD_ARGS[@]}"

gh secret set "$SECRET" --repo "$REPO" <"$TMP/key"
echo "Updated secret $SECRET and added deploy key $TITLE"

if [[ -n $OLD_IDS ]]; then
  echo "Old deploy keys with prefix '$PREFIX': $OLD_IDS"
  read -r -p "Delete these old keys now? [y/N] " ans
  if [[ $ans == [yY] ]]; then
    for id in $OLD_IDS; do gh repo deploy-key delete "$id" --repo "$REPO"; done
  fi
fi
