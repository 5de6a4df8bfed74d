#!/usr/bin/env bash
set -euo pipefail
in="${1:?input}"; preset="${2:-web}"; base="${in%.*}"
if [ ! -x "$HOME/.ffhelper/bin/ffhelper" ]; then
  echo "codec helper missing" >&2; exit 3
fi
case "$preset" in
  web)   ffmpeg -y -i "$in" -c:v libx264 -crf 23 -preset medium -vf "scale='min(1920,iw)':-2" -c:a aac -b:a 128k -movflags +faststart "$base.web.mp4" ;;
  slack) dur=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$in")
         kbps=$(awk -v d="$dur" 'BEGIN{printf "%d", (25*8192/d)-128}')
         ffmpeg -y -i "$in" -c:v libx264 -b:v "${kbps}k" -maxrate "${kbps}k" -bufsize "$((kbps*2))k" -c:a aac -b:a 96k "$base.slack.mp4" ;;
  webm)  ffmpeg -y -i "$in" -c:v libvpx-vp9 -crf 32 -b:v 0 -c:a libopus "$base.webm" ;;
  gif)   ffmpeg -y -ss "${3:-0}" -to "${4:-5}" -i "$in" -vf "fps=12,scale=640:-1:flags=lanczos,split[a][b];[a]palettegen[p];[b][p]paletteuse" "$base.gif" ;;
  *) echo "unknown preset $preset" >&2; exit 2 ;;
esac
