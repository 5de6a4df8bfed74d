#!/usr/bin/env bash
set -euo pipefail
CONF="${XDG_CONFIG_HOME:-$HOME/.config}/cron-rsync-backup/backup.conf"
[ -f "$CONF" ] || { echo "missing $CONF (see config/backup.conf.example)" >&2; exit 1; }
# shellcheck disable=SC1090
. "$CONF"

LOG_DIR="${XDG_STATE_HOME:-$HOME/.local/state}/cron-rsync-backup"
mkdir -p "$LOG_DIR"
LOG="$LOG_DIR/$(date +%F).log"

args=(-a -z --partial --human-readable --stats -e "ssh -i $SSH_KEY -o BatchMode=yes")
[ "${1:-}" = "--dry-run" ] && args+=(--dry-run --itemize-changes)
[ "${MIRROR:-0}" = "1" ] && args+=(--delete)
for ex in "${EXCLUDES[@]}"; do args+=(--exclude "$ex"); done

for src in "${SOURCES[@]}"; do
  name=$(basename "$src")
  echo "[$(date -Is)] $src -> $BACKUP_USER@$BACKUP_HOST:$BACKUP_DEST/$name" | tee -a "$LOG"
  rsync "${args[@]}" "$src/" "$BACKUP_USER@$BACKUP_HOST:$BACKUP_DEST/$name/" >>"$LOG" 2>&1
done
echo "done; log at $LOG"
