#!/usr/bin/env bash
# Symlink dotfiles listed in manifest.txt into $HOME, backing up existing files.
set -euo pipefail
DOT="${DOTFILES:-$HOME/dotfiles}"
DRY=0; [[ "${1:-}" == "--dry-run" ]] && DRY=1
BACKUP="$HOME/.dotfiles-backup/$(date +%Y%m%d-%H%M%S)"

expand() { local p="$1"; echo "${p/#\~/$HOME}"; }

while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  src="$DOT/$(echo "${line%%->*}" | xargs)"
  dst="$(expand "$(echo "${line##*->}" | xargs)")"
  [[ -e "$src" ]] || { echo "skip: $src missing"; continue; }

  if [[ -L "$dst" && "$(readlink "$dst")" == "$src" ]]; then
    echo "ok:   $dst"; continue
  fi
  if [[ -e "$dst" || -L "$dst" ]]; then
    echo "conflict: $dst exists"
    if [[ $DRY -eq 1 ]]; then echo "  would back up to $BACKUP and link"; continue; fi
    read -r -p "  back up and replace $dst? [y/N] " a </dev/tty
    [[ "$a" =~ ^[Yy]$ ]] || { echo "  left alone"; continue; }
    mkdir -p "$BACKUP/$(dirname "${dst#$HOME/}")"
    mv "$dst" "$BACKUP/${dst#$HOME/}"
  fi
  if [[ $DRY -eq 1 ]]; then echo "would link: $dst -> $src"; continue; fi
  mkdir -p "$(dirname "$dst")"
  ln -s "$src" "$dst"
  echo "link: $dst -> $src"
done < "$DOT/manifest.txt"

[[ -d "$BACKUP" ]] && echo "Backups saved in $BACKUP"
