#!/usr/bin/env bash
# One restic backup run + retention. Invoked manually or by the user's timer.
set -euo pipefail

export RESTIC_REPOSITORY="${RESTIC_REPOSITORY:-sftp:backup@nas.birchwood-home.lan:/srv/restic/laptop}"
if [[ "$(uname)" == "Darwin" ]]; then
  export RESTIC_PASSWORD_COMMAND="security find-generic-password -s restic -a laptop -w"
else
  export RESTIC_PASSWORD_COMMAND="secret-tool lookup service restic repo laptop"
fi
# Use the dedicated, NAS-restricted key for this connection only.
SFTP_CMD="ssh -i $HOME/.ssh/restic_nas -o IdentitiesOnly=yes backup@nas.birchwood-home.lan -s sftp"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
EXCLUDES="$HERE/templates/excludes.txt"
LOG_DIR="${XDG_STATE_HOME:-$HOME/.local/state}/restic"
mkdir -p "$LOG_DIR"
LOG="$LOG_DIR/backup-$(date +%F).log"

on_battery() {
  if [[ "$(uname)" == "Darwin" ]]; then pmset -g batt | grep -q "Battery Power"
  else [[ "$(cat /sys/class/power_supply/AC*/online 2>/dev/null || echo 1)" == "0" ]]; fi
}
if on_battery && [[ "${FORCE:-0}" != "1" ]]; then
  echo "on battery - skipping (FORCE=1 to override)" | tee -a "$LOG"; exit 0
fi

{
  echo "=== backup $(date -Is) ==="
  restic -o sftp.command="$SFTP_CMD" backup "$HOME" \
    --exclude-file "$EXCLUDES" --exclude-caches --one-file-system \
    --tag scheduled --host "$(hostname -s)"
  echo "=== retention ==="
  restic -o sftp.command="$SFTP_CMD" forget --host "$(hostname -s)" \
    --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune
  echo "=== done $(date -Is) ==="
} >>"$LOG" 2>&1

# Keep 30 days of logs.
find "$LOG_DIR" -name 'backup-*.log' -mtime +30 -delete
