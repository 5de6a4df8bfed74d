#!/usr/bin/env bash
# clean_caches.sh - remove rebuildable build caches under a project root.
# Dry-run unless --delete is given.
set -euo pipefail

usage() { echo "usage: $0 <root-dir> [--delete] [--allow-home]" >&2; exit 2; }
[[ $# -ge 1 ]] || usage

root_arg="$1"; shift
delete=false; allow_home=false
for a in "$@"; do
  case "$a" in
    --delete) delete=true ;;
    --allow-home) allow_home=true ;;
    *) usage ;;
  esac
done

[[ -d "$root_arg" ]] || { echo "not a directory: $root_arg" >&2; exit 1; }
root="$(cd "$root_arg" && pwd -P)"
home_real="$(cd "$HOME" && pwd -P)"

# ---- Safety checks on the root itself ----
case "$root" in
  /|/usr|/usr/*|/etc|/etc/*|/var|/bin|/sbin|/lib|/lib64|/opt|/boot|/System|/System/*|/Library|/Applications)
    echo "refusing to clean system path: $root" >&2; exit 1 ;;
esac
if [[ "$root" == "$home_real" && "$allow_home" != true ]]; then
  echo "refusing to scan all of \$HOME without --allow-home; pick a subfolder like ~/code" >&2
  exit 1
fi
depth="$(tr -cd '/' <<<"$root" | wc -c)"
if (( depth < 3 )) && [[ "$root" != "$home_real" ]]; then
  echo "refusing: $root is too close to the filesystem root" >&2; exit 1
fi

# name -> marker files (any one must exist in the parent directory)
declare -A MARKERS=(
  [node_modules]="package.json"
  [target]="Cargo.toml pom.xml"
  [__pycache__]="*"
  [.pytest_cache]="*"
  [.mypy_cache]="*"
  [.ruff_cache]="*"
  [.tox]="tox.ini setup.cfg pyproject.toml"
  [.gradle]="build.gradle build.gradle.kts settings.gradle settings.gradle.kts"
  [.next]="next.config.js next.config.mjs next.config.ts package.json"
  [.nuxt]="nuxt.config.js nuxt.config.ts package.json"
  [.parcel-cache]="package.json"
  [.turbo]="package.json turbo.json"
  [dist]="package.json"
  [build]="package.json CMakeLists.txt build.gradle"
  [.angular]="angular.json"
)

has_marker() {  # has_marker <parent> <markers...>
  local parent="$1"; shift
  local m
  for m in "$@"; do
    [[ "$m" == "*" ]] && return 0
    [[ -e "$parent/$m" ]] && return 0
  done
  return 1
}

name_expr=()
for n in "${!MARKERS[@]}"; do name_expr+=(-name "$n" -o); done
unset 'name_expr[${#name_expr[@]}-1]'

total=0; count=0
candidates=()
while IFS= read -r -d '' dir; do
  real="$(cd "$dir" 2>/dev/null && pwd -P)" || continue
  [[ "$real" == "$root"/* ]] || { echo "skip (outside root via symlink): $dir" >&2; continue; }
  name="$(basename "$dir")"
  parent="$(dirname "$dir")"
  # shellcheck disable=SC2086
  has_marker "$parent" ${MARKERS[$name]} || continue
  # dist/build: skip if tracked in git (some repos commit their build output)
  if [[ "$name" == dist || "$name" == build ]] && git -C "$parent" ls-files --error-unmatch "$name" >/dev/null 2>&1; then
    echo "skip (tracked in git): $dir" >&2; continue
  fi
  kb="$(du -sk "$dir" 2>/dev/null | cut -f1)"
  total=$((total + kb)); count=$((count + 1))
  candidates+=("$dir")
  printf '%8s MB  %s\n' "$((kb / 1024))" "$dir"
done < <(find "$root" -xdev -name .git -prune -o -type d \( "${name_expr[@]}" \) -prune -print0)

echo "----"
echo "$count director(ies), $((total / 1024)) MB total"

if ! $delete; then
  echo "Dry run. Re-run with --delete to remove them."
  exit 0
fi

for d in "${candidates[@]}"; do
  # Final re-check right before deletion.
  [[ -d "$d" && ! -L "$d" ]] || continue
  [[ "$(cd "$d" && pwd -P)" == "$root"/* ]] || continue
  rm -rf --one-file-system -- "$d"
done
echo "Deleted. Reclaimed about $((total / 1024)) MB."
