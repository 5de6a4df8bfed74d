#!/usr/bin/env bash
# Optimize images in a directory (recursively). Uses pxopt if present, else ImageMagick/cwebp.
set -uo pipefail
DIR="${1:?usage: optimize.sh DIR [--quality N] [--max-width PX] [--webp] [--srcset w1,w2]}"; shift
QUALITY=""; MAXW=""; WEBP=0; SRCSET=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quality) QUALITY="$2"; shift 2 ;;
    --max-width) MAXW="$2"; shift 2 ;;
    --webp) WEBP=1; shift ;;
    --srcset) SRCSET="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

PX="$(command -v pxopt || echo "$HOME/.local/bin/pxopt")"
[[ -x "$PX" ]] || PX=""
have() { command -v "$1" >/dev/null 2>&1; }
size() { stat -c %s "$1" 2>/dev/null || stat -f %z "$1"; }

total_before=0; total_after=0
printf '%-60s %10s %10s %7s\n' FILE BEFORE AFTER SAVED

optimize_one() {
  local f="$1" tmp="$1.opt.tmp" before after
  before=$(size "$f")
  if [[ -n "$PX" ]]; then
    "$PX" ${QUALITY:+--quality "$QUALITY"} ${MAXW:+--max-width "$MAXW"} -o "$tmp" "$f" 2>/dev/null
  else
    case "${f,,}" in
      *.png)  if have oxipng; then cp "$f" "$tmp" && oxipng -q -o 4 --strip safe "$tmp"
              else convert "$f" ${MAXW:+-resize "${MAXW}x>"} -strip -define png:compression-level=9 "$tmp"; fi ;;
      *.jpg|*.jpeg) convert "$f" ${MAXW:+-resize "${MAXW}x>"} -strip -sampling-factor 4:2:0 -interlace JPEG -quality "${QUALITY:-90}" "$tmp" ;;
      *.webp) cwebp -quiet -q "${QUALITY:-90}" ${MAXW:+-resize "$MAXW" 0} "$f" -o "$tmp" ;;
      *) return ;;
    esac
  fi
  [[ -s "$tmp" ]] || { rm -f "$tmp"; return; }
  after=$(size "$tmp")
  if (( after < before )); then mv "$tmp" "$f"; else rm -f "$tmp"; after=$before; fi
  total_before=$((total_before + before)); total_after=$((total_after + after))
  printf '%-60s %10d %10d %6d%%\n' "${f: -60}" "$before" "$after" $(( (before - after) * 100 / (before ? before : 1) ))
  if (( WEBP )) && [[ ! "${f,,}" =~ \.webp$ ]] && have cwebp; then
    cwebp -quiet -q "${QUALITY:-85}" "$f" -o "${f%.*}.webp"
  fi
  if [[ -n "$SRCSET" ]] && have convert; then
    IFS=, read -ra widths <<<"$SRCSET"
    for w in "${widths[@]}"; do convert "$f" -resize "${w}x>" "${f%.*}-${w}w.${f##*.}"; done
  fi
}

while IFS= read -r -d '' f; do
  optimize_one "$f"
done < <(find "$DIR" -type f \( -iname '*.png' -o -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.webp' \) \
           ! -name '*-[0-9]*w.*' -print0)

echo
echo "total: $total_before -> $total_after bytes ($(( (total_before - total_after) / 1024 )) KiB saved)"
