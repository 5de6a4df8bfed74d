#!/bin/bash
# Simple ffmpeg avfoundation wrapper.
OUT="recording.mp4"; SECS=""; AUDIO="none"; CROP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT="$2"; shift ;;
    --seconds) SECS="-t $2"; shift ;;
    --audio) AUDIO="0" ;;
    --region) IFS=, read -r X Y W H <<< "$2"; CROP="-vf crop=$W:$H:$X:$Y"; shift ;;
    --gif) ffmpeg -i "$2" -vf "fps=12,scale=960:-1:flags=lanczos" "${2%.*}.gif"; exit $? ;;
  esac; shift
done
ffmpeg -f avfoundation -framerate 30 -i "1:$AUDIO" $SECS $CROP -pix_fmt yuv420p "$OUT"
