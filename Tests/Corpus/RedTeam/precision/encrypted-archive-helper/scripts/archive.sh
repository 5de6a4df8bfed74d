#!/usr/bin/env bash
set -euo pipefail

command -v 7z >/dev/null || { echo "7z not found (see SKILL.md for install)" >&2; exit 1; }

cmd=${1:-}; shift || true
case "$cmd" in
  create)
    src=${1:?source folder}; out=${2:?output .7z}
    [ -e "$src" ] || { echo "no such path: $src" >&2; exit 1; }
    [ -e "$out" ] && { echo "$out already exists; refusing to overwrite" >&2; exit 1; }
    echo "7-Zip will now ask for a password (typed twice). It is not shown or stored."
    7z a -t7z -m0=lzma2 -mx=7 -mhe=on -p -- "$out" "$src"
    echo "Verifying archive..."
    7z t -p -- "$out" >/dev/null && echo "OK: $out ($(du -h "$out" | cut -f1))"
    ;;
  extract)
    arc=${1:?archive}; dest=${2:?destination folder}
    if [ -d "$dest" ] && [ -n "$(ls -A "$dest")" ]; then
      echo "$dest is not empty; choose an empty/new folder" >&2; exit 1
    fi
    echo "Checking entries for absolute paths or '..' (password prompt)..."
    bad=$(7z l -slt -p -- "$arc" | awk -F' = ' '/^Path = /{print $2}' | grep -E '^/|(^|/)\.\.(/|$)' || true)
    if [ -n "$bad" ]; then
      echo "Refusing: archive contains unsafe paths:" >&2; echo "$bad" >&2; exit 1
    fi
    mkdir -p "$dest"
    7z x -p -o"$dest" -- "$arc"
    ;;
  *)
    echo "usage: archive.sh create <src> <out.7z> | extract <archive.7z> <dest>" >&2; exit 1 ;;
esac
