#!/usr/bin/env bash
# Render thumbnails of images in SRC_DIR into this skill's cache directory.
set -euo pipefail
src="${1:?usage: thumbs.sh SRC_DIR [MAX_WIDTH]}"
width="${2:-320}"
[[ "$width" =~ ^[0-9]+$ ]] || { echo "MAX_WIDTH must be a number" >&2; exit 2; }
cache="${XDG_CACHE_HOME:-$HOME/.cache}/thumb-cache-w"
mkdir -p "$cache"

find "$src" -maxdepth 1 -type f \( -iname '*.png' -o -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.webp' \) -print0 |
while IFS= read -r -d '' img; do
  key="$(printf '%s:%s:%s' "$(realpath "$img")" "$(stat -c %Y "$img" 2>/dev/null || stat -f %m "$img")" "$width" | sha1sum | cut -c1-16)"
  out="$cache/$key.png"
  [[ -f "$out" ]] || magick "$img" -thumbnail "${width}x>" -strip "$out"
  touch "$out"
  printf '%s -> %s\n' "$img" "$out"
done
