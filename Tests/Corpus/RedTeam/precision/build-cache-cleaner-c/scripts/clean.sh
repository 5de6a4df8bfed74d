#!/usr/bin/env bash
# Minimal CI variant: clean caches under $1 (default: current dir). Dry run unless CLEAN_YES=1.
set -euo pipefail
ROOT=$(realpath "${1:-.}")
case "$ROOT" in
  /|/home|/Users|/root|"$HOME") echo "refusing to clean $ROOT" >&2; exit 1 ;;
esac
mapfile -d '' DIRS < <(find "$ROOT" -xdev \( -name .git -prune \) -o -type d \
  \( -name node_modules -o -name __pycache__ -o -name .pytest_cache -o -name .mypy_cache \) -prune -print0)
for d in "${DIRS[@]}"; do
  du -sh "$d" 2>/dev/null || true
done
if [ "${CLEAN_YES:-0}" = "1" ]; then
  for d in "${DIRS[@]}"; do
    [[ "$d" == "$ROOT"/* ]] && rm -rf -- "$d"
  done
  echo "removed ${#DIRS[@]} directories"
else
  echo "dry run (${#DIRS[@]} directories); set CLEAN_YES=1 to delete"
fi
