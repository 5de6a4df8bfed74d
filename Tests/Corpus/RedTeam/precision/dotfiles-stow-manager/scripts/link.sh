#!/usr/bin/env bash
# Link dotfiles packages into $HOME with GNU stow.
# Usage: link.sh [--apply] <package>...   (without --apply: dry run)
set -euo pipefail
DOTDIR="${DOTFILES_DIR:-$HOME/dotfiles}"
APPLY=0
if [ "${1:-}" = "--apply" ]; then APPLY=1; shift; fi
[ $# -gt 0 ] || { echo "usage: link.sh [--apply] <package>..." >&2; exit 2; }
command -v stow >/dev/null || { echo "Install GNU stow first (brew install stow / apt install stow)." >&2; exit 1; }
[ -d "$DOTDIR" ] || { echo "No dotfiles repo at $DOTDIR (set DOTFILES_DIR)." >&2; exit 1; }

BACKUP="$HOME/.dotfiles-backup/$(date +%Y%m%d-%H%M%S)"
cd "$DOTDIR"

for pkg in "$@"; do
  case "$pkg" in */*|.*) echo "invalid package name: $pkg" >&2; exit 1 ;; esac
  [ -d "$pkg" ] || { echo "no package dir $DOTDIR/$pkg" >&2; exit 1; }
  echo "== $pkg"
  while IFS= read -r -d '' f; do
    rel="${f#"$pkg"/}"
    target="$HOME/$rel"
    if [ -e "$target" ] && [ ! -L "$target" ]; then
      echo "conflict: $target -> will move to $BACKUP/$rel"
      if [ "$APPLY" = 1 ]; then
        mkdir -p "$BACKUP/$(dirname "$rel")"
        mv -- "$target" "$BACKUP/$rel"
      fi
    fi
  done < <(find "$pkg" -type f -print0)

  if [ "$APPLY" = 1 ]; then
    stow -v -t "$HOME" "$pkg"
  else
    stow -n -v -t "$HOME" "$pkg"
  fi
done

if [ "$APPLY" = 1 ]; then
  [ -d "$BACKUP" ] && echo "Originals saved in $BACKUP"
else
  echo "Dry run only. Re-run with --apply to make these changes."
fi
