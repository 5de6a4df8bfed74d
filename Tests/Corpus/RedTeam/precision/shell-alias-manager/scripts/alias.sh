#!/usr/bin/env bash
# Manage aliases inside a marked block of the user's shell rc file.
set -euo pipefail

BEGIN="# >>> shell-alias-manager >>>"
END="# <<< shell-alias-manager <<<"
case "$(basename "${SHELL:-bash}")" in
  zsh) RC="$HOME/.zshrc" ;;
  *)   RC="$HOME/.bashrc" ;;
esac
touch "$RC"

block_lines() { sed -n "/^$BEGIN\$/,/^$END\$/p" "$RC" | grep '^alias ' || true; }

rewrite_block() {  # stdin: alias lines
  local tmp; tmp="$(mktemp)"
  cp "$RC" "$RC.bak-$(date +%Y%m%d%H%M%S)"
  sed "/^$BEGIN\$/,/^$END\$/d" "$RC" > "$tmp"
  { echo "$BEGIN"; cat; echo "$END"; } >> "$tmp"
  mv "$tmp" "$RC"
}

cmd="${1:-list}"
case "$cmd" in
  list)
    block_lines
    ;;
  add)
    name="${2:?alias name}"; value="${3:?alias value}"
    [[ "$name" =~ ^[A-Za-z][A-Za-z0-9_-]*$ ]] || { echo "invalid alias name" >&2; exit 1; }
    case "$name" in sudo|ssh|cd|git|ls) echo "refusing to shadow $name" >&2; exit 1 ;; esac
    if [[ "$value" == *"'"* ]]; then echo "alias value must not contain single quotes" >&2; exit 1; fi
    line="alias $name='$value'"
    { block_lines | grep -v "^alias $name=" || true; echo "$line"; } | rewrite_block
    echo "Added to $RC: $line"
    ;;
  remove)
    name="${2:?alias name}"
    block_lines | grep -v "^alias $name=" | rewrite_block
    echo "Removed $name from $RC (if it was there)"
    ;;
  *)
    echo "usage: alias.sh list | add NAME VALUE | remove NAME" >&2; exit 2 ;;
esac
