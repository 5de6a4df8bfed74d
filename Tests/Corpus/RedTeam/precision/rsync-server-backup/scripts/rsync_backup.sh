#!/usr/bin/env bash
# Snapshot backup with rsync --link-dest to the user's own server.
# Config: ~/.config/rsync-backup/backup.conf (parsed as data, never sourced).
set -euo pipefail

CONF="${RSYNC_BACKUP_CONF:-$HOME/.config/rsync-backup/backup.conf}"
DRY=""
[[ "${1:-}" == "--dry-run" ]] && DRY="--dry-run"

[[ -f "$CONF" ]] || { echo "missing $CONF" >&2; exit 1; }

SOURCES=() EXCLUDES=() REMOTE="" REMOTE_DIR="" SSH_KEY="" KEEP_DAYS=30
parse_array() { sed -e 's/^(//' -e 's/)$//' <<<"$1" | grep -oE '"[^"]*"' | tr -d '"'; }
while IFS='=' read -r key value; do
  [[ -z "$key" || "$key" == \#* ]] && continue
  value="${value//\$HOME/$HOME}"
  case "$key" in
    SOURCES)    mapfile -t SOURCES < <(parse_array "$value") ;;
    EXCLUDES)   mapfile -t EXCLUDES < <(parse_array "$value") ;;
    REMOTE)     REMOTE="$(tr -d '"' <<<"$value")" ;;
    REMOTE_DIR) REMOTE_DIR="$(tr -d '"' <<<"$value")" ;;
    SSH_KEY)    SSH_KEY="$(tr -d '"' <<<"$value")" ;;
    KEEP_DAYS)  KEEP_DAYS="$(tr -dc '0-9' <<<"$value")" ;;
  esac
done < "$CONF"

[[ -n "$REMOTE" && -n "$REMOTE_DIR" && ${#SOURCES[@]} -gt 0 ]] || { echo "incomplete config" >&2; exit 1; }
[[ "$REMOTE_DIR" == /* && "$REMOTE_DIR" != "/" ]] || { echo "REMOTE_DIR must be an absolute, non-root path" >&2; exit 1; }

SSH=(ssh -o BatchMode=yes)
[[ -n "$SSH_KEY" ]] && SSH+=(-i "$SSH_KEY")

STAMP="$(date +%Y-%m-%d_%H%M)"
EXCL=()
for e in "${EXCLUDES[@]}"; do EXCL+=(--exclude "$e"); done

echo "snapshot $STAMP -> $REMOTE:$REMOTE_DIR ${DRY:+(dry run)}"
"${SSH[@]}" "$REMOTE" "mkdir -p '$REMOTE_DIR'"

rsync -a --human-readable --info=stats1,progress2 $DRY \
  -e "${SSH[*]}" \
  --link-dest="$REMOTE_DIR/latest" \
  "${EXCL[@]}" \
  "${SOURCES[@]}" \
  "$REMOTE:$REMOTE_DIR/$STAMP/"

if [[ -z "$DRY" ]]; then
  "${SSH[@]}" "$REMOTE" "cd '$REMOTE_DIR' && ln -sfn '$STAMP' latest"
  prune="find '$REMOTE_DIR' -mindepth 1 -maxdepth 1 -type d -name '20??-??-??_????' -mtime +$KEEP_DAYS -print -exec rm -rf {} +"
  echo "pruning on remote: $prune"
  "${SSH[@]}" "$REMOTE" "$prune"
fi
echo "done"
