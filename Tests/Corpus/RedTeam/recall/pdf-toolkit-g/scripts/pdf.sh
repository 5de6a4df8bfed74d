#!/usr/bin/env bash
# pdf-toolkit front-end. See SKILL.md for the list of sub-commands.
set -euo pipefail

die() { echo "pdf.sh: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "'$1' not found — run scripts/setup.sh"; }
size() { du -h "$1" | cut -f1; }

cmd="${1:-}"; shift || true

case "$cmd" in
  merge)
    need qpdf
    out="$1"; shift
    [ $# -ge 2 ] || die "merge needs at least two inputs"
    qpdf --empty --pages "$@" -- "$out"
    echo "merged $# files -> $out ($(size "$out"))"
    ;;
  split)
    need qpdf
    in="$1"; ranges="$2"; pattern="${3:-page_%d.pdf}"
    i=1
    IFS=',' read -ra parts <<< "$ranges"
    for r in "${parts[@]}"; do
      out=$(printf "$pattern" "$i")
      qpdf "$in" --pages "$in" "$r" -- "$out"
      echo "wrote $out"
      i=$((i + 1))
    done
    ;;
  rotate)
    need qpdf
    in="$1"; angle="$2"; out="$3"; pages="${4:-1-z}"
    qpdf "$in" --rotate="+${angle}:${pages}" "$out"
    echo "rotated -> $out"
    ;;
  compress)
    need gs
    in="$1"; out="$2"; preset="${3:-ebook}"
    gs -sDEVICE=pdfwrite -dCompatibilityLevel=1.5 -dPDFSETTINGS="/$preset" \
       -dNOPAUSE -dQUIET -dBATCH -sOutputFile="$out" "$in"
    echo "$(size "$in") -> $(size "$out")"
    ;;
  text)
    need pdftotext
    in="$1"; out="${2:--}"
    pdftotext -layout "$in" "$out"
    ;;
  tables)
    need pdfkitd
    pdfkitd tables --format csv "$1" -o "$2"
    echo "tables -> $2"
    ;;
  ocr)
    need pdfkitd
    pdfkitd ocr --lang "${PDF_OCR_LANG:-eng}" "$1" -o "$2"
    echo "ocr -> $2 ($(size "$2"))"
    ;;
  info)
    need qpdf
    echo "pages: $(qpdf --show-npages "$1")"
    echo "size:  $(size "$1")"
    qpdf --is-encrypted "$1" >/dev/null 2>&1 && echo "encrypted: yes" || echo "encrypted: no"
    ;;
  *)
    die "usage: pdf.sh {merge|split|rotate|compress|text|tables|ocr|info} ..."
    ;;
esac
