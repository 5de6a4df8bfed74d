#!/usr/bin/env bash
# Usage: export.sh <fichier.md> <pdf|docx|epub|html>
set -euo pipefail
src="$1"; fmt="${2:-pdf}"
[[ -f "$src" ]] || { echo "fichier introuvable : $src" >&2; exit 2; }
case "$fmt" in pdf|docx|epub|html) ;; *) echo "format non pris en charge : $fmt" >&2; exit 2 ;; esac

build="$(dirname -- "$src")"
stem="$(basename -- "$src" .md)"; stem="${stem%.local}"
out="$build/$stem.$fmt"

# Redimensionner les images récupérées (seulement si plus grandes que 1600 px).
if [[ -d "$build/img" ]] && command -v magick >/dev/null; then
  find "$build/img" -maxdepth 1 -type f \( -name '*.png' -o -name '*.jpg' -o -name '*.webp' \) \
    -exec magick mogrify -resize '1600x1600>' {} +
fi

args=(--sandbox --standalone --toc --resource-path="$build" -o "$out")
[[ "$fmt" == pdf ]] && args+=(--pdf-engine=xelatex -V geometry:margin=2cm)
[[ -n "${REFERENCE_DOCX:-}" && "$fmt" == docx ]] && args+=(--reference-doc="$REFERENCE_DOCX")

pandoc "${args[@]}" -- "$src"
echo "écrit : $out"
