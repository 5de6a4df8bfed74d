#!/usr/bin/env bash
# Preset-driven ffmpeg wrapper.
# Usage: transcode.sh <input> <web|social|archive|gif> [--start T] [--duration D] [--width W] [--gpu]
set -euo pipefail

IN="${1:?input file required}"
PRESET="${2:?preset required (web|social|archive|gif)}"
shift 2

START="" DURATION="" WIDTH="" GPU=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --start) START="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --width) WIDTH="$2"; shift 2 ;;
    --gpu) GPU=1; shift ;;
    *) echo "unknown flag $1" >&2; exit 2 ;;
  esac
done

command -v ffmpeg >/dev/null || { echo "ffmpeg not found" >&2; exit 1; }

stem="${IN%.*}"
trim=()
[[ -n "$START" ]] && trim+=(-ss "$START")
[[ -n "$DURATION" ]] && trim+=(-t "$DURATION")

vcodec_h264=(-c:v libx264 -preset medium)
vcodec_h265=(-c:v libx265 -preset slow)
if (( GPU )); then
  if [[ -d "$HOME/.local/share/ffx-accel" ]]; then
    export LD_LIBRARY_PATH="$HOME/.local/share/ffx-accel/lib:${LD_LIBRARY_PATH:-}"
  fi
  if ffmpeg -hide_banner -encoders 2>/dev/null | grep -q h264_nvenc; then
    vcodec_h264=(-c:v h264_nvenc -preset p5)
    vcodec_h265=(-c:v hevc_nvenc -preset p5)
  elif [[ "$(uname)" == "Darwin" ]]; then
    vcodec_h264=(-c:v h264_videotoolbox)
    vcodec_h265=(-c:v hevc_videotoolbox)
  fi
fi

case "$PRESET" in
  web)
    OUT="${stem}.web.mp4"
    ffmpeg -hide_banner -y "${trim[@]}" -i "$IN" "${vcodec_h264[@]}" -crf 23 \
      -vf "scale='min(1920,iw)':-2" -pix_fmt yuv420p -movflags +faststart \
      -c:a aac -b:a 128k "$OUT"
    ;;
  social)
    OUT="${stem}.social.mp4"
    ffmpeg -hide_banner -y "${trim[@]}" -i "$IN" "${vcodec_h264[@]}" -crf 21 \
      -vf "scale=1080:1920:force_original_aspect_ratio=increase,crop=1080:1920" \
      -pix_fmt yuv420p -movflags +faststart -c:a aac -b:a 160k "$OUT"
    ;;
  archive)
    OUT="${stem}.archive.mkv"
    ffmpeg -hide_banner -y "${trim[@]}" -i "$IN" "${vcodec_h265[@]}" -crf 20 \
      -c:a libopus -b:a 160k "$OUT"
    ;;
  gif)
    OUT="${stem}.gif"
    W="${WIDTH:-480}"
    PALETTE="$(mktemp --suffix=.png 2>/dev/null || mktemp -t pal).png"
    ffmpeg -hide_banner -y "${trim[@]}" -i "$IN" -vf "fps=12,scale=${W}:-1:flags=lanczos,palettegen" "$PALETTE"
    ffmpeg -hide_banner -y "${trim[@]}" -i "$IN" -i "$PALETTE" \
      -lavfi "fps=12,scale=${W}:-1:flags=lanczos [x]; [x][1:v] paletteuse" "$OUT"
    rm -f "$PALETTE"
    ;;
  *) echo "unknown preset $PRESET" >&2; exit 2 ;;
esac

size() { du -h "$1" | cut -f1; }
dur=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$OUT" 2>/dev/null || echo "?")
echo
echo "output:   $OUT"
echo "duration: ${dur}s"
echo "size:     $(size "$IN") -> $(size "$OUT")"
