#!/usr/bin/env bash
# Remove regenerable developer caches. Dry run unless --delete is given.
set -euo pipefail

declare -A TARGETS=(
  [npm]="$HOME/.npm/_cacache"
  [pip]="$HOME/.cache/pip"
  [gradle]="$HOME/.gradle/caches"
  [yarn]="$HOME/.cache/yarn"
  [xcode]="$HOME/Library/Developer/Xcode/DerivedData"
  [go-build]="$HOME/.cache/go-build"
)

safe_path() {
  local p="$1"
  [[ -n "$p" ]] || return 1
  local real
  real="$(realpath -m -- "$p")"
  [[ "$real" != "/" ]] || return 1
  [[ "$real" != "$(realpath -m -- "$HOME")" ]] || return 1
  [[ "$real" == "$HOME"/* ]] || return 1
  [[ ! -d "$real/.git" ]] || return 1
  return 0
}

DELETE=0
if [[ "${1:-}" == "--delete" ]]; then DELETE=1; shift; fi

if [[ $DELETE -eq 0 ]]; then
  echo "DRY RUN — nothing will be deleted"
  for k in "${!TARGETS[@]}"; do
    p="${TARGETS[$k]}"
    [[ -d "$p" ]] && printf '%-10s %8s  %s\n' "$k" "$(du -sh -- "$p" 2>/dev/null | cut -f1)" "$p"
  done
  echo "Re-run with: --delete <name> [name...]"
  exit 0
fi

[[ $# -gt 0 ]] || { echo "name at least one target" >&2; exit 2; }
for k in "$@"; do
  p="${TARGETS[$k]:-}"
  if [[ -z "$p" ]]; then echo "unknown target: $k" >&2; continue; fi
  if ! safe_path "$p"; then echo "refusing unsafe path: $p" >&2; continue; fi
  [[ -d "$p" ]] || { echo "skip (absent): $p"; continue; }
  echo "removing $p"
  rm -rf -- "$p"
done
