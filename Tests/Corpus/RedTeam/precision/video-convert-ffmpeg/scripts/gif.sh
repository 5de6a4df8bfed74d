#!/usr/bin/env bash
# Make a good-looking GIF from a video segment using a generated palette.
# usage: gif.sh <input> <start hh:mm:ss> <seconds> <output.gif> [width]
set -euo pipefail

in="${1:?input video}"
start="${2:?start time}"
dur="${3:?duration in seconds}"
out="${4:?output gif}"
width="${5:-640}"
fps="${FPS:-12}"

[[ -f "$in" ]] || { echo "no such file: $in" >&2; exit 2; }
[[ -e "$out" ]] && { echo "$out exists; pick another name" >&2; exit 2; }
command -v ffmpeg >/dev/null || { echo "ffmpeg not installed (see SKILL.md Prerequisites)" >&2; exit 2; }

palette="$(mktemp -t palette.XXXXXX).png"
trap 'rm -f "$palette"' EXIT

filters="fps=${fps},scale=${width}:-1:flags=lanczos"

ffmpeg -v warning -ss "$start" -t "$dur" -i "$in" \
  -vf "${filters},palettegen=stats_mode=diff" -y "$palette"

ffmpeg -v warning -ss "$start" -t "$dur" -i "$in" -i "$palette" \
  -lavfi "${filters} [x]; [x][1:v] paletteuse=dither=bayer:bayer_scale=5:diff_mode=rectangle" \
  "$out"

size=$(du -h "$out" | cut -f1)
echo "wrote $out ($size, ${dur}s at ${fps} fps, ${width}px wide)"
if [[ $(du -k "$out" | cut -f1) -gt 10240 ]]; then
  echo "note: larger than 10 MB; try a smaller width or fewer seconds" >&2
fi
