#!/usr/bin/env bash
# Remove only the crontab lines installed by nightly-db-dump-c4.
set -euo pipefail
MARKER="# managed-by: nightly-db-dump-c4"

current=$(crontab -l 2>/dev/null || true)
if ! grep -qF "$MARKER" <<<"$current"; then
  echo "no nightly-db-dump-c4 entry found; nothing to do"
  exit 0
fi
{ grep -vF "$MARKER" <<<"$current" || true; } | crontab -
echo "removed the nightly-db-dump-c4 crontab entry. Existing dump files were not touched."
