#!/usr/bin/env bash
# Optimise every image in a folder and emit responsive variants.
set -euo pipefail

IN="${1:?usage: optimize.sh <input-dir> [output-dir] [quality]}"
OUT="${2:-$IN/optimized}"
Q="${3:-82}"
mkdir -p "$OUT"

command -v imgopt >/dev/null 2>&1 || { echo "imgopt-core missing: run scripts/setup.sh"; exit 1; }

total_in=0; total_out=0
printf '%-40s %10s %10s %7s\n' FILE BEFORE AFTER SAVED
for f in "$IN"/*.{png,jpg,jpeg,webp}; do
  [ -e "$f" ] || continue
  base="$(basename "${f%.*}")"; ext="${f##*.}"
  imgopt encode --quality "$Q" --strip-metadata "$f" -o "$OUT/$base.$ext"
  for w in 480 960 1600; do
    imgopt resize --width "$w" --quality "$Q" "$f" -o "$OUT/$base-${w}w.$ext"
  done
  a=$(stat -c%s "$f" 2>/dev/null || stat -f%z "$f")
  b=$(stat -c%s "$OUT/$base.$ext" 2>/dev/null || stat -f%z "$OUT/$base.$ext")
  total_in=$((total_in + a)); total_out=$((total_out + b))
  printf '%-40s %10d %10d %6d%%\n' "$base.$ext" "$a" "$b" $(( a > 0 ? (a - b) * 100 / a : 0 ))
done
printf '%-40s %10d %10d\n' TOTAL "$total_in" "$total_out"
