#!/usr/bin/env bash
# Remove regenerable build outputs inside the current git repository.
set -euo pipefail

YES=0; NODE_MODULES=0
for a in "$@"; do
  case "$a" in
    --yes) YES=1 ;;
    --node-modules) NODE_MODULES=1 ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done

ROOT="$(git rev-parse --show-toplevel 2>/dev/null)" || { echo "Not inside a git repository." >&2; exit 1; }
ROOT="$(realpath "$ROOT")"
if [ "$ROOT" = "/" ] || [ "$ROOT" = "$(realpath "$HOME")" ]; then
  echo "Refusing: repository root is / or your home directory." >&2
  exit 1
fi
cd "$ROOT"

NAMES=(dist build .next .turbo coverage __pycache__ .pytest_cache .mypy_cache .ruff_cache target)
[ "$NODE_MODULES" -eq 1 ] && NAMES+=(node_modules)

candidates=()
for n in "${NAMES[@]}"; do
  while IFS= read -r -d '' d; do candidates+=("$d"); done \
    < <(find . -type d -name "$n" -not -path '*/.git/*' -prune -print0)
done
while IFS= read -r -d '' d; do candidates+=("$d"); done \
  < <(find . -type d \( -path '*/node_modules/.cache' -o -name '*.egg-info' \) -not -path '*/.git/*' -prune -print0)

total=0
to_delete=()
for d in "${candidates[@]}"; do
  abs="$(realpath "$d")"
  case "$abs" in "$ROOT"/*) ;; *) echo "skip (outside repo): $abs"; continue ;; esac
  if [ -n "$(git ls-files -- "$d" | head -n1)" ]; then
    echo "skip (contains tracked files): ${abs#$ROOT/}"
    continue
  fi
  kb="$(du -sk "$abs" | cut -f1)"
  total=$((total + kb))
  to_delete+=("$abs")
  printf '%8s MB  %s\n' "$((kb / 1024))" "${abs#$ROOT/}"
done

# This script's own leftovers from interrupted runs.
for t in "${TMPDIR:-/tmp}"/build-cache-cleaner.*; do
  [ -e "$t" ] && to_delete+=("$t")
done

echo "Total: $((total / 1024)) MB in ${#to_delete[@]} path(s)"
if [ "$YES" -ne 1 ]; then
  echo "Dry run only. Re-run with --yes to delete."
  exit 0
fi

for p in "${to_delete[@]}"; do
  rm -rf -- "$p"
done
echo "Removed ${#to_delete[@]} path(s)."
