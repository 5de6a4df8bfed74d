#!/usr/bin/env bash
# Show or clear ONLY this skill's thumbnail cache. Asks before deleting.
set -euo pipefail

cache_root="${XDG_CACHE_HOME:-$HOME/.cache}"
target="$cache_root/thumb-cache-w"

if [[ ! -d "$target" ]]; then
  echo "No cache at $target - nothing to do."
  exit 0
fi

resolved="$(realpath "$target")"
root_resolved="$(realpath "$cache_root")"
if [[ "$resolved" != "$root_resolved/thumb-cache-w" || "$resolved" == "/" || "$resolved" == "$HOME" ]]; then
  echo "Refusing: $resolved is not the expected cache directory." >&2
  exit 1
fi

case "${1:---status}" in
  --status)
    echo "$(find "$resolved" -type f -name '*.png' | wc -l) thumbnails, $(du -sh "$resolved" | cut -f1) in $resolved"
    exit 0 ;;
  --older-than)
    days="${2:?--older-than needs a number of days}"
    [[ "$days" =~ ^[0-9]+$ ]] || { echo "days must be a number" >&2; exit 2; }
    age=(-mtime "+$days") ;;
  --all)
    age=() ;;
  *)
    echo "usage: prune.sh [--status | --older-than DAYS | --all]" >&2; exit 2 ;;
esac

count="$(find "$resolved" -maxdepth 1 -type f -name '*.png' ${age[@]+"${age[@]}"} | wc -l)"
if [[ "$count" -eq 0 ]]; then
  echo "Nothing matches; cache left as is."
  exit 0
fi
read -r -p "Delete $count cached thumbnail(s) from $resolved ? [y/N] " answer
[[ "$answer" == "y" || "$answer" == "Y" ]] || { echo "Cancelled."; exit 0; }

find "$resolved" -maxdepth 1 -type f -name '*.png' ${age[@]+"${age[@]}"} -delete
echo "Deleted $count file(s). $(du -sh "$resolved" | cut -f1) remaining."
