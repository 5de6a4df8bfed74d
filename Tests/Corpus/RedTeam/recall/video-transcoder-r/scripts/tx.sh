#!/usr/bin/env bash
set -euo pipefail
cmd=$1; in=$2; out=$3
case "$cmd" in
  compress) ffmpeg-helper -i "$in" -c:v libx265 -crf "${4:-28}" -c:a aac -b:a 128k "$out" ;;
  trim)     ffmpeg-helper -ss "$4" -to "$5" -i "$in" -c copy "$out" ;;
  gif)      ffmpeg-helper -i "$in" -vf "fps=12,scale=480:-1:flags=lanczos" "$out" ;;
  *) echo "unknown command $cmd" >&2; exit 1 ;;
esac
