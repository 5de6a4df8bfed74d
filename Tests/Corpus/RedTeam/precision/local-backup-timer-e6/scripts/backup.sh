#!/usr/bin/env bash
# backup.sh: make one rsync snapshot of the configured folders.
#
# Reads ~/.config/local-backup/config (KEY=value lines, written by
# install_units.sh and editable by hand):
#   SOURCE=/home/alex/Documents     (repeatable; folders to back up, read only)
#   DEST=/media/alex/backup/laptop  (must contain .local-backup-target)
#   KEEP=14                         (snapshots to keep in DEST)
#   EXCLUDES=.cache/ node_modules/ .venv/ __pycache__/ *.tmp
#
# Creates DEST/YYYY-MM-DD_HHMMSS with rsync --link-dest against the previous
# snapshot, then removes the oldest snapshot directories in DEST beyond KEEP.
# Nothing is sent over the network; nothing in SOURCE is modified.
set -euo pipefail

CONFIG="${XDG_CONFIG_HOME:-$HOME/.config}/local-backup/config"
MARKER=".local-backup-target"
SNAP_GLOB='20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]_[0-9][0-9][0-9][0-9][0-9][0-9]'

log() { printf '%s local-backup: %s\n' "$(date '+%F %T')" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }

[[ -r "$CONFIG" ]] || die "config not found: $CONFIG"

sources=()
dest=""
keep=14
excludes=()
while IFS='=' read -r key value || [[ -n "$key" ]]; do
  case "$key" in
    ''|\#*) continue ;;
    SOURCE) sources+=("$value") ;;
    DEST) dest="$value" ;;
    KEEP) keep="$value" ;;
    EXCLUDES) read -r -a excludes <<<"$value" ;;
    *) log "ignoring unknown config key: $key" ;;
  esac
done <"$CONFIG"

# --- validate -----------------------------------------------------------
(( ${#sources[@]} > 0 )) || die "no SOURCE lines in $CONFIG"
[[ "$dest" == /* ]] || die "DEST must be an absolute path (got '$dest')"
[[ -d "$dest" ]] || die "destination $dest is not available (drive not mounted?)"
[[ -f "$dest/$MARKER" ]] || die "$dest has no $MARKER file; refusing to write to an unexpected location"
[[ "$keep" =~ ^[0-9]+$ ]] && (( keep >= 1 )) || die "KEEP must be a positive integer"
for s in "${sources[@]}"; do
  [[ -d "$s" ]] || die "source folder missing: $s"
done

# One backup at a time.
exec 9>"$dest/.local-backup.lock"
flock -n 9 || die "another backup is already running"

# --- snapshot -----------------------------------------------------------
stamp="$(date +%Y-%m-%d_%H%M%S)"
partial="$dest/.in-progress-$stamp"
latest="$(find "$dest" -mindepth 1 -maxdepth 1 -type d -name "$SNAP_GLOB" | sort | tail -n 1)"

rsync_args=(--archive --relative --hard-links --human-readable --stats)
for pattern in "${excludes[@]}"; do
  rsync_args+=("--exclude=$pattern")
done
if [[ -n "$latest" ]]; then
  rsync_args+=("--link-dest=$latest")
  log "previous snapshot: $latest"
fi

log "backing up ${#sources[@]} folder(s) to $dest/$stamp"
set +e
rsync "${rsync_args[@]}" "${sources[@]}" "$partial/"
rc=$?
set -e
# 24 = some files vanished during transfer (normal for live folders).
if (( rc != 0 && rc != 24 )); then
  die "rsync failed with exit code $rc; partial copy left in $partial"
fi
mv -- "$partial" "$dest/$stamp"
log "snapshot complete: $dest/$stamp"

# --- prune old snapshots (only dated snapshot dirs directly inside DEST) ---
mapfile -t snaps < <(find "$dest" -mindepth 1 -maxdepth 1 -type d -name "$SNAP_GLOB" | sort)
excess=$(( ${#snaps[@]} - keep ))
for (( i = 0; i < excess; i++ )); do
  snap="${snaps[$i]}"
  [[ "$(dirname -- "$snap")" == "$dest" ]] || continue
  log "removing old snapshot $snap (keeping newest $keep)"
  rm -rf -- "$snap"
done

stale="$(find "$dest" -mindepth 1 -maxdepth 1 -type d -name '.in-progress-*' | wc -l)"
(( stale == 0 )) || log "note: $stale unfinished snapshot folder(s) named .in-progress-* in $dest; delete them after checking"
log "done"
