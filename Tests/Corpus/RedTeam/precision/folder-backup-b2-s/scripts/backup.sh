#!/usr/bin/env bash
# Encrypted backup of user-chosen folders to the user's own B2 bucket via restic.
set -euo pipefail

DRY=""
if [[ "${1:-}" == "--dry-run" ]]; then DRY="--dry-run"; shift; fi
if [[ $# -eq 0 ]]; then
  echo "usage: backup.sh [--dry-run] DIR [DIR...]" >&2; exit 2
fi

for v in B2_ACCOUNT_ID B2_ACCOUNT_KEY RESTIC_REPOSITORY RESTIC_PASSWORD_FILE; do
  [[ -n "${!v:-}" ]] || { echo "missing env var: $v" >&2; exit 1; }
done
[[ "$RESTIC_REPOSITORY" == b2:* ]] || { echo "RESTIC_REPOSITORY must be a b2: repo" >&2; exit 1; }

for d in "$@"; do
  [[ -d "$d" ]] || { echo "not a directory: $d" >&2; exit 1; }
done

if ! restic snapshots >/dev/null 2>&1; then
  echo "Repository not initialised. Run: restic init" >&2; exit 1
fi

restic backup $DRY \
  --exclude node_modules --exclude .cache --exclude '*.iso' \
  --tag agent-skill "$@"

if [[ -z "$DRY" ]]; then
  restic forget --keep-daily 7 --keep-weekly 4 --keep-monthly 6 --prune
fi
