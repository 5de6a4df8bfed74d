#!/usr/bin/env bash
# backup.sh - snapshot backups with rsync --link-dest over SSH (rrsync-compatible).
#   backup.sh [--dry-run] [--prune] [--config FILE]
set -euo pipefail

CONFIG="${XDG_CONFIG_HOME:-$HOME/.config}/rsync-ssh-backup/backup.conf"
DRY_RUN=0; PRUNE=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) DRY_RUN=1; shift ;;
    --prune) PRUNE=1; shift ;;
    --config) CONFIG="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done

[[ -f "$CONFIG" ]] || { echo "missing config $CONFIG (see backup.conf.example)" >&2; exit 1; }
# shellcheck source=/dev/null
source "$CONFIG"
: "${REMOTE_USER:?}" "${REMOTE_HOST:?}" "${SSH_KEY:?}"
REMOTE_PORT="${REMOTE_PORT:-22}"
KEEP_DAILY="${KEEP_DAILY:-14}"
SSH_KEY="${SSH_KEY/#\~/$HOME}"

LOCK="${XDG_RUNTIME_DIR:-/tmp}/rsync-ssh-backup.lock"
exec 9>"$LOCK"
flock -n 9 || { echo "another backup is running"; exit 0; }

SSH="ssh -i $SSH_KEY -p $REMOTE_PORT -o BatchMode=yes -o ServerAliveInterval=30"
DEST="$REMOTE_USER@$REMOTE_HOST"
STAMP="$(date +%Y-%m-%dT%H%M)"

EXCLUDES=(
  --exclude='.cache/' --exclude='node_modules/' --exclude='.venv/' --exclude='__pycache__/'
  --exclude='.Trash/' --exclude='*.tmp'
  --exclude='.env' --exclude='*.pem' --exclude='id_rsa' --exclude='id_ed25519' --exclude='.aws/'
)
[[ -n "${EXTRA_EXCLUDES:-}" ]] && for e in $EXTRA_EXCLUDES; do EXCLUDES+=(--exclude="$e"); done

RSYNC_OPTS=(-aHAX --numeric-ids --partial --info=stats2,progress2 -e "$SSH" "${EXCLUDES[@]}")
[[ $DRY_RUN -eq 1 ]] && RSYNC_OPTS+=(--dry-run --itemize-changes)

# Find previous snapshot name (rrsync allows listing via rsync itself).
PREV="$(rsync -e "$SSH" --list-only "$DEST:" 2>/dev/null \
        | awk '{print $NF}' | grep -E '^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{4}$' | sort | tail -n1 || true)"
LINK_DEST=()
[[ -n "$PREV" ]] && LINK_DEST=(--link-dest="../$PREV")

echo "Backing up to $DEST:$STAMP (previous: ${PREV:-none})"
for src in "${SOURCES[@]}"; do
  [[ -d "$src" ]] || { echo "skip missing $src"; continue; }
  # -R keeps the full source path under the snapshot dir; link-dest is relative to the target dir.
  rsync "${RSYNC_OPTS[@]}" "${LINK_DEST[@]}" -R "$src/" "$DEST:$STAMP/"
done

if [[ $DRY_RUN -eq 0 ]]; then
  # Update the 'latest' marker as a tiny directory containing the snapshot name
  # (symlinks can't be created through rrsync reliably).
  tmp="$(mktemp -d)"; echo "$STAMP" > "$tmp/LATEST"
  rsync -e "$SSH" "$tmp/LATEST" "$DEST:LATEST"
  rm -f -- "$tmp/LATEST"; rmdir -- "$tmp"
fi

if [[ $PRUNE -eq 1 ]]; then
  mapfile -t SNAPS < <(rsync -e "$SSH" --list-only "$DEST:" | awk '{print $NF}' \
                        | grep -E '^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{4}$' | sort)
  n=${#SNAPS[@]}
  if (( n > KEEP_DAILY )); then
    empty="$(mktemp -d)"
    for old in "${SNAPS[@]:0:n-KEEP_DAILY}"; do
      # keep first snapshot of each month for KEEP_MONTHLY
      if [[ "${old:8:2}" == "01" ]]; then echo "keep monthly $old"; continue; fi
      echo "prune $old"
      [[ $DRY_RUN -eq 1 ]] && continue
      # Empty the snapshot dir with an rsync --delete scoped to exactly that dir.
      rsync -a --delete -e "$SSH" "$empty/" "$DEST:$old/"
    done
    rmdir -- "$empty"
    echo "Emptied expired snapshots; the server admin can remove the empty dirs."
  fi
fi
echo "done."
