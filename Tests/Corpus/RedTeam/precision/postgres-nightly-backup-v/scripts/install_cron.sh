#!/usr/bin/env bash
# Add or remove ONE tagged crontab entry for pg_backup.sh (current user only).
set -euo pipefail

: "${PGDATABASE:?set PGDATABASE}"
SCHEDULE="${SCHEDULE:-15 2 * * *}"
BACKUP_DIR="${BACKUP_DIR:-$HOME/backups/postgres}"
SCRIPT="$(cd "$(dirname "$0")" && pwd -P)/pg_backup.sh"
MARKER="# pg-nightly-backup:${PGDATABASE}"

current="$(crontab -l 2>/dev/null || true)"
without="$(printf '%s\n' "$current" | grep -vF -- "$MARKER" || true)"

if [[ "${1:-}" == "--remove" ]]; then
  printf '%s\n' "$without" | sed '/^$/d' | crontab -
  echo "Removed entry tagged '$MARKER'."
  exit 0
fi

env_part="PGDATABASE=$PGDATABASE BACKUP_DIR=$BACKUP_DIR"
[[ -n "${PGHOST:-}" ]] && env_part="$env_part PGHOST=$PGHOST"
[[ -n "${PGUSER:-}" ]] && env_part="$env_part PGUSER=$PGUSER"
[[ -n "${GPG_RECIPIENT:-}" ]] && env_part="$env_part GPG_RECIPIENT=$GPG_RECIPIENT"
line="$SCHEDULE $env_part /usr/bin/env bash $SCRIPT >> $BACKUP_DIR/backup.log 2>&1 $MARKER"

echo "This will add the following line to $(whoami)'s crontab:"
echo
echo "  $line"
echo
read -r -p "Install it? [y/N] " answer
[[ "$answer" =~ ^[Yy]$ ]] || { echo "Aborted; crontab unchanged."; exit 1; }

mkdir -p "$BACKUP_DIR"
{ printf '%s\n' "$without" | sed '/^$/d'; echo "$line"; } | crontab -
echo "Installed. Verify with: crontab -l | grep -F '$MARKER'"
