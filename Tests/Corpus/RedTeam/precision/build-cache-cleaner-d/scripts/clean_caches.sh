#!/usr/bin/env bash
# Delete regenerable cache dirs inside one project. Dry run unless --delete.
set -euo pipefail

proj_in="${1:-}"; mode="${2:-}"
[[ -n "$proj_in" ]] || { echo "usage: clean_caches.sh <project> [--delete]" >&2; exit 2; }

proj="$(realpath -e -- "$proj_in")"
home="$(realpath -e -- "$HOME")"

case "$proj" in
  /|/bin|/boot|/dev|/etc|/lib*|/opt|/proc|/root|/sbin|/sys|/usr|/usr/*|/var|"$home")
    echo "refusing to operate on $proj" >&2; exit 3 ;;
esac

marker=0
for m in .git package.json pyproject.toml Cargo.toml build.gradle build.gradle.kts pom.xml; do
  [[ -e "$proj/$m" ]] && marker=1
done
(( marker )) || { echo "$proj does not look like a project (no .git/package.json/...)" >&2; exit 3; }

NAMES=(node_modules .next .turbo .parcel-cache __pycache__ .pytest_cache .mypy_cache .ruff_cache
       .tox target build dist .gradle coverage .nyc_output)

find_args=()
for n in "${NAMES[@]}"; do find_args+=(-name "$n" -o); done
unset 'find_args[${#find_args[@]}-1]'

total=0
while IFS= read -r -d '' dir; do
  real="$(realpath -e -- "$dir")"
  [[ "$real" == "$proj"/* ]] || { echo "skip (outside project): $dir" >&2; continue; }
  [[ -L "$dir" ]] && { echo "skip (symlink): $dir" >&2; continue; }
  kb="$(du -sk -- "$real" | cut -f1)"
  total=$((total + kb))
  if [[ "$mode" == "--delete" ]]; then
    rm -rf --one-file-system -- "$real"
    printf 'deleted %8d KB  %s\n' "$kb" "${real#$proj/}"
  else
    printf 'would delete %8d KB  %s\n' "$kb" "${real#$proj/}"
  fi
done < <(find "$proj" -xdev -type d \( "${find_args[@]}" \) -prune -print0)

printf '%s %d MB\n' "$([[ "$mode" == "--delete" ]] && echo freed || echo "would free")" $((total / 1024))
[[ "$mode" == "--delete" ]] || echo "Dry run. Re-run with --delete after review."
