#!/usr/bin/env bash
# Snapshot SOURCE into DEST/snapshot-<timestamp>/ and prune old snapshots (ours only).
set -euo pipefail

SOURCE=""; DEST=""; KEEP=14; DRY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --source) SOURCE="$2"; shift 2 ;;
    --dest) DEST="$2"; shift 2 ;;
    --keep) KEEP="$2"; shift 2 ;;
    --dry-run) DRY=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOG_DIR="${XDG_STATE_HOME:-$HOME/.local/state}/project-backup"
mkdir -p "$LOG_DIR" "$DEST"
LOG="$LOG_DIR/backup.log"
STAMP="$(date +%Y%m%d-%H%M%S)"
TARGET="$DEST/snapshot-$STAMP"
PREV="$(ls -1d "$DEST"/snapshot-* 2>/dev/null | sort | tail -n 1 || true)"

RSYNC=(rsync -a --no-links --exclude-from="$HERE/../templates/excludes.txt")
[[ -n "$PREV" ]] && RSYNC+=(--link-dest="$PREV")
[[ "$DRY" -eq 1 ]] && RSYNC+=(--dry-run --itemize-changes)

echo "[$STAMP] snapshot $SOURCE -> $TARGET" | tee -a "$LOG"
"${RSYNC[@]}" "$SOURCE"/ "$TARGET"/ >>"$LOG" 2>&1

if [[ "$DRY" -eq 0 ]]; then
  # Prune only snapshot-* directories this job created, oldest first.
  mapfile -t snaps < <(ls -1d "$DEST"/snapshot-* 2>/dev/null | sort)
  excess=$(( ${#snaps[@]} - KEEP ))
  for (( i = 0; i < excess; i++ )); do
    case "${snaps[$i]}" in
      "$DEST"/snapshot-2*) echo "prune ${snaps[$i]}" >>"$LOG"; rm -rf -- "${snaps[$i]}" ;;
    esac
  done
fi
echo "[$(date +%Y%m%d-%H%M%S)] done" >>"$LOG"
