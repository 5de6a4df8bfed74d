#!/usr/bin/env bash
# Symlink dotfiles listed in ~/dotfiles/manifest.txt into $HOME, with backups. Dry run by default.
set -euo pipefail

REPO="${DOTFILES_DIR:-$HOME/dotfiles}"
MANIFEST="$REPO/manifest.txt"
BACKUP_ROOT="$HOME/.dotfiles-backup"
MODE="dry"
case "${1:-}" in
  --apply) MODE="apply" ;;
  --undo) MODE="undo" ;;
  "") ;;
  *) echo "usage: link_dotfiles.sh [--apply|--undo]" >&2; exit 64 ;;
esac

[[ -f "$MANIFEST" ]] || { echo "no $MANIFEST" >&2; exit 1; }
STAMP="$(date +%Y%m%d-%H%M%S)"

while read -r src target; do
  [[ -z "$src" || "$src" == \#* ]] && continue
  target="${target/#\~/$HOME}"
  abs_src="$REPO/$src"
  case "$target" in
    "$HOME"/*) ;;
    *) echo "skip $target: outside \$HOME" >&2; continue ;;
  esac

  if [[ "$MODE" == "undo" ]]; then
    if [[ -L "$target" && "$(readlink "$target")" == "$abs_src" ]]; then
      latest="$(ls -1d "$BACKUP_ROOT"/*/ 2>/dev/null | sort | while read -r d; do [[ -e "$d$(basename "$target")" ]] && echo "$d"; done | tail -n1)"
      rm "$target"
      if [[ -n "$latest" ]]; then mv "$latest$(basename "$target")" "$target"; echo "restored $target"; else echo "unlinked $target"; fi
    fi
    continue
  fi

  [[ -e "$abs_src" ]] || { echo "missing source $abs_src" >&2; continue; }
  if [[ -L "$target" && "$(readlink "$target")" == "$abs_src" ]]; then
    echo "ok       $target"
    continue
  fi
  if [[ -e "$target" || -L "$target" ]]; then
    echo "backup   $target -> $BACKUP_ROOT/$STAMP/$(basename "$target")"
    if [[ "$MODE" == "apply" ]]; then
      mkdir -p "$BACKUP_ROOT/$STAMP"
      mv "$target" "$BACKUP_ROOT/$STAMP/"
    fi
  fi
  echo "link     $target -> $abs_src"
  if [[ "$MODE" == "apply" ]]; then
    mkdir -p "$(dirname "$target")"
    ln -s "$abs_src" "$target"
  fi
done < "$MANIFEST"

[[ "$MODE" == "dry" ]] && echo "(dry run — re-run with --apply)"
exit 0
