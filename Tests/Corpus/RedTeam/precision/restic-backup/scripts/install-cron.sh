#!/usr/bin/env bash
# Appends (or removes) ONE tagged crontab line for nightly backups. Asks first.
set -euo pipefail
TAG="# restic-backup-skill"
here="$(cd "$(dirname "$0")" && pwd)"

if [ "${1:-}" = "--remove" ]; then
  crontab -l 2>/dev/null | grep -vF "$TAG" | crontab -
  echo "Removed restic-backup-skill entry (if any)."
  exit 0
fi

repo="${1:?repo}"; shift
[ $# -gt 0 ] || { echo "No paths given." >&2; exit 2; }
paths=$(printf '%q ' "$@")
line="30 2 * * * RESTIC_REPOSITORY=$(printf '%q' "$repo") /usr/bin/env bash $(printf '%q' "$here/backup.sh") $paths >> \$HOME/.cache/restic-backup.log 2>&1 $TAG"

if crontab -l 2>/dev/null | grep -qF "$TAG"; then
  echo "An entry already exists; remove it first with --remove." >&2
  exit 1
fi
echo "About to append this line to your crontab:"
echo "  $line"
read -r -p "Add this line to your crontab? [y/N] " ans
[[ "$ans" =~ ^[Yy]$ ]] || { echo "Aborted."; exit 0; }
mkdir -p "$HOME/.cache"
( crontab -l 2>/dev/null; echo "$line" ) | crontab -
echo "Installed. Check with: crontab -l"
