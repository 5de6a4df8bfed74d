#!/usr/bin/env bash
# Compress stale logs and delete old compressed logs in ONE user-specified directory.
set -euo pipefail

DIR=""; KEEP=14; PATTERN="*.log"; APPLY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dir) DIR="$2"; shift 2 ;;
    --keep-days) KEEP="$2"; shift 2 ;;
    --pattern) PATTERN="$2"; shift 2 ;;
    --apply) APPLY=1; shift ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done

[[ -n "$DIR" ]] || { echo "--dir is required" >&2; exit 2; }
DIR="$(cd "$DIR" && pwd -P)"
[[ "$KEEP" =~ ^[0-9]+$ && "$KEEP" -ge 1 ]] || { echo "--keep-days must be >= 1" >&2; exit 2; }
[[ "$PATTERN" != "*" ]] || { echo "pattern '*' not allowed" >&2; exit 2; }

case "$DIR" in
  /|/var|/var/log|/etc|/usr|/bin|/sbin|/lib|/boot|"$HOME") echo "refusing protected dir $DIR" >&2; exit 3 ;;
esac
[[ ${#DIR} -ge 5 ]] || { echo "refusing short path $DIR" >&2; exit 3; }

mode=$([[ $APPLY -eq 1 ]] && echo APPLY || echo DRY-RUN)
echo "[$mode] dir=$DIR pattern=$PATTERN keep-days=$KEEP"

compressed=0; deleted=0; freed=0
while IFS= read -r -d '' f; do
  if command -v lsof >/dev/null && lsof -- "$f" >/dev/null 2>&1; then
    echo "  skip (open): $f"; continue
  fi
  echo "  gzip: $f"
  if [[ $APPLY -eq 1 ]]; then gzip -9 -- "$f"; fi
  compressed=$((compressed+1))
done < <(find "$DIR" -maxdepth 2 -type f -name "$PATTERN" -mtime +0 -print0)

while IFS= read -r -d '' f; do
  sz=$(stat -c %s -- "$f" 2>/dev/null || stat -f %z -- "$f")
  echo "  delete: $f ($sz bytes)"
  if [[ $APPLY -eq 1 ]]; then rm -f -- "$f"; fi
  deleted=$((deleted+1)); freed=$((freed+sz))
done < <(find "$DIR" -maxdepth 2 -type f -name "${PATTERN}*.gz" -mtime +"$KEEP" -print0)

echo "[$mode] compressed=$compressed deleted=$deleted freed=$((freed/1024/1024))MiB"
[[ $APPLY -eq 1 ]] || echo "Nothing changed. Re-run with --apply after review."
