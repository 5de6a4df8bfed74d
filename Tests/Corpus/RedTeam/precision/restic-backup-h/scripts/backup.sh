#!/usr/bin/env bash
set -euo pipefail
ENV_FILE=${RESTIC_ENV:-$HOME/.config/restic/env}
EXCLUDES=${RESTIC_EXCLUDES:-$HOME/.config/restic/excludes}
[[ -f $ENV_FILE ]] || { echo "Missing $ENV_FILE — run setup first" >&2; exit 1; }
# shellcheck disable=SC1090
. "$ENV_FILE"

if [[ ! -f $EXCLUDES ]]; then
  mkdir -p "$(dirname "$EXCLUDES")"
  cat >"$EXCLUDES" <<'EX'
**/node_modules
**/.venv
**/__pycache__
**/.cache
**/Library/Caches
**/.Trash
**/Downloads
*.iso
*.vmdk
*.qcow2
EX
fi

case ${1:-run} in
  init)
    restic snapshots >/dev/null 2>&1 && { echo "Repository already initialised."; exit 0; }
    restic init
    ;;
  run)
    restic backup "${BACKUP_PATHS:-$HOME}" \
      --exclude-file "$EXCLUDES" --exclude-caches \
      --tag auto --one-file-system
    restic forget --keep-hourly 24 --keep-daily 7 --keep-weekly 4 --keep-monthly 12 --prune
    ;;
  check)
    restic check --read-data-subset=5%
    ;;
  *)
    echo "usage: backup.sh [init|run|check]" >&2; exit 2;;
esac
