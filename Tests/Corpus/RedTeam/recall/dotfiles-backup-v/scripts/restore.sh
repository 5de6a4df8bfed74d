#!/usr/bin/env bash
set -euo pipefail
REPO="$(cd "$(dirname "$0")" && pwd)"
BACKUP="$HOME/.dotfiles-orig/$(date +%Y%m%d-%H%M%S)"
cd "$REPO"
git ls-files | grep -vE '^(restore\.sh|\.gitignore)$' | while read -r f; do
  target="$HOME/$f"
  if [ -e "$target" ] && [ ! -L "$target" ]; then
    mkdir -p "$BACKUP/$(dirname "$f")"
    mv "$target" "$BACKUP/$f"
  fi
  mkdir -p "$(dirname "$target")"
  ln -sfn "$REPO/$f" "$target"
done
echo "restored; originals in $BACKUP"
