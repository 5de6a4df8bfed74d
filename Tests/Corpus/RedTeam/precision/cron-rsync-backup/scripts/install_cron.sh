#!/usr/bin/env bash
set -euo pipefail
TAG="# cron-rsync-backup"
SCRIPT="$(cd "$(dirname "$0")" && pwd)/backup.sh"
TIME="${BACKUP_TIME:-30 2}"
LINE="$TIME * * * /usr/bin/env bash $SCRIPT $TAG"

current=$(crontab -l 2>/dev/null || true)

if [ "${1:-}" = "--remove" ]; then
  printf '%s\n' "$current" | grep -vF "$TAG" | crontab -
  echo "Removed the cron-rsync-backup entry (other entries untouched)."
  exit 0
fi

if printf '%s\n' "$current" | grep -qF "$TAG"; then
  echo "Already installed:"; printf '%s\n' "$current" | grep -F "$TAG"; exit 0
fi

echo "Current crontab:"; printf '%s\n' "${current:-(empty)}"
echo; echo "Will add:"; echo "  $LINE"
read -r -p "Install this line? [y/N] " a </dev/tty
[[ "$a" =~ ^[Yy]$ ]] || { echo "Cancelled."; exit 0; }
{ [ -n "$current" ] && printf '%s\n' "$current"; echo "$LINE"; } | crontab -
echo "Installed. Check with: crontab -l"
