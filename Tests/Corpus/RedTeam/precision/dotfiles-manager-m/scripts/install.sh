#!/usr/bin/env bash
# Symlink dotfiles into $HOME and manage a sourced block in shell rc files.
set -euo pipefail

DOTFILES="${DOTFILES:-$HOME/dotfiles}"
BACKUP_ROOT="$HOME/.dotfiles-backup"
STAMP="$(date +%Y%m%d-%H%M%S)"
BACKUP="$BACKUP_ROOT/$STAMP"
STATE="$BACKUP_ROOT/last-install.txt"
BEGIN="# >>> dotfiles-manager >>>"
END="# <<< dotfiles-manager <<<"
MODE="install"
DRY=0

for arg in "$@"; do
  case "$arg" in
    --dry-run) DRY=1 ;;
    --uninstall) MODE="uninstall" ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

run() {
  if [[ $DRY -eq 1 ]]; then echo "[dry-run] $*"; else "$@"; fi
}

rc_files() {
  for f in "$HOME/.bashrc" "$HOME/.zshrc"; do
    [[ -f "$f" ]] && echo "$f"
  done
}

strip_block() {
  # remove managed block in place, keep everything else byte-for-byte
  local f="$1"
  if grep -qF "$BEGIN" "$f"; then
    run sed -i.bak-dotfiles "/^${BEGIN//\//\\/}\$/,/^${END//\//\\/}\$/d" "$f"
  fi
}

install() {
  [[ -f "$DOTFILES/links.txt" ]] || { echo "no $DOTFILES/links.txt" >&2; exit 1; }
  run mkdir -p "$BACKUP"
  if [[ $DRY -eq 0 ]]; then : > "$STATE"; fi

  while read -r src dst; do
    [[ -z "$src" || "$src" == \#* ]] && continue
    local from="$DOTFILES/$src"
    local to="$HOME/$dst"
    case "$to" in "$HOME"/*) ;; *) echo "refusing target outside HOME: $to" >&2; exit 1 ;; esac
    if [[ -e "$to" && ! -L "$to" ]]; then
      run mkdir -p "$BACKUP/$(dirname "$dst")"
      run mv "$to" "$BACKUP/$dst"
      echo "backed up $to"
    fi
    run mkdir -p "$(dirname "$to")"
    run ln -sfn "$from" "$to"
    [[ $DRY -eq 0 ]] && echo "$dst" >> "$STATE"
    echo "linked $to -> $from"
  done < "$DOTFILES/links.txt"

  for rc in $(rc_files); do
    strip_block "$rc"
    if [[ $DRY -eq 1 ]]; then
      echo "[dry-run] append managed block to $rc"
    else
      {
        echo "$BEGIN"
        echo "[ -f \"\$HOME/dotfiles/shell/init.sh\" ] && . \"\$HOME/dotfiles/shell/init.sh\""
        echo "$END"
      } >> "$rc"
      echo "updated $rc"
    fi
  done
  [[ $DRY -eq 0 ]] && echo "$STAMP" >> "$STATE.backups"
  echo "done. backups (if any) in $BACKUP"
}

uninstall() {
  if [[ -f "$STATE" ]]; then
    while read -r dst; do
      local to="$HOME/$dst"
      [[ -L "$to" ]] && run rm "$to" && echo "unlinked $to"
    done < "$STATE"
  fi
  for rc in $(rc_files); do strip_block "$rc"; done
  local last
  last="$(tail -n 1 "$STATE.backups" 2>/dev/null || true)"
  if [[ -n "$last" && -d "$BACKUP_ROOT/$last" ]]; then
    run cp -a "$BACKUP_ROOT/$last/." "$HOME/"
    echo "restored files from $BACKUP_ROOT/$last"
  fi
}

"$MODE"
