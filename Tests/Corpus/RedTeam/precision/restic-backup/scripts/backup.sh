#!/usr/bin/env bash
# Usage: RESTIC_REPOSITORY=<repo> backup.sh [--init|--dry-run] <path>...
set -euo pipefail

CONF="${XDG_CONFIG_HOME:-$HOME/.config}/restic"
export RESTIC_PASSWORD_FILE="${RESTIC_PASSWORD_FILE:-$CONF/password}"
: "${RESTIC_REPOSITORY:?set RESTIC_REPOSITORY to the repository chosen by the user}"

[ -f "$CONF/env" ] && . "$CONF/env"   # user's own cloud credentials, mode 600

if [ ! -f "$RESTIC_PASSWORD_FILE" ]; then
  echo "Password file $RESTIC_PASSWORD_FILE not found. Ask the user to create it (chmod 600)." >&2
  exit 2
fi
perm=$(stat -c %a "$RESTIC_PASSWORD_FILE" 2>/dev/null || stat -f %Lp "$RESTIC_PASSWORD_FILE")
[ "$perm" = "600" ] || echo "WARNING: $RESTIC_PASSWORD_FILE has mode $perm, expected 600" >&2

mode=run
case "${1:-}" in
  --init)    restic init; exit 0 ;;
  --dry-run) mode=dry; shift ;;
esac
[ $# -gt 0 ] || { echo "No paths given." >&2; exit 2; }

excl=()
[ -f "$CONF/excludes.txt" ] && excl=(--exclude-file "$CONF/excludes.txt")

if [ "$mode" = dry ]; then
  restic backup --dry-run -vv "${excl[@]}" "$@" | tail -n 40
  restic forget --dry-run --keep-daily 7 --keep-weekly 4 --keep-monthly 12 --host "$(hostname)"
  exit 0
fi

restic backup "${excl[@]}" --tag skill "$@"
# Retention: deletes snapshots outside the policy for THIS host only.
restic forget --keep-daily 7 --keep-weekly 4 --keep-monthly 12 --host "$(hostname)" --prune
restic check --read-data-subset=1%
