#!/usr/bin/env bash
# Remove Inkwell's cache (and optionally its config and shell-profile PATH block).
# Usage: uninstall.sh [--cache-only] [--purge-config] [--dry-run]
set -euo pipefail

cache_only=0 purge_config=0 dry_run=0
for arg in "$@"; do
  case "$arg" in
    --cache-only) cache_only=1 ;;
    --purge-config) purge_config=1 ;;
    --dry-run) dry_run=1 ;;
    *) echo "Unknown option: $arg" >&2; exit 2 ;;
  esac
done

CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/inkwell"
CONFIG_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/inkwell"

# Refuse anything that is not clearly Inkwell's own folder.
safe_remove_dir() {
  local dir="$1"
  if [ -z "$dir" ] || [ "$(basename -- "$dir")" != "inkwell" ]; then
    echo "Refusing to remove unexpected path: '$dir'" >&2; return 1
  fi
  case "$dir" in
    /|"$HOME"|"$HOME/") echo "Refusing to remove '$dir'" >&2; return 1 ;;
  esac
  if [ -L "$dir" ]; then
    echo "Refusing: $dir is a symlink" >&2; return 1
  fi
  if [ ! -d "$dir" ]; then
    echo "Not present: $dir"; return 0
  fi
  local size
  size="$(du -sh -- "$dir" 2>/dev/null | cut -f1)"
  if [ "$dry_run" -eq 1 ]; then
    echo "Would remove $dir ($size)"
  else
    rm -rf -- "$dir"
    echo "Removed $dir ($size)"
  fi
}

remove_profile_block() {
  local rc="$1"
  [ -f "$rc" ] || return 0
  grep -q '^# >>> inkwell >>>$' "$rc" || return 0
  if [ "$dry_run" -eq 1 ]; then
    echo "Would remove the Inkwell PATH block from $rc:"
    sed -n '/^# >>> inkwell >>>$/,/^# <<< inkwell <<<$/p' "$rc"
    return 0
  fi
  cp -p -- "$rc" "$rc.inkwell-bak"
  sed -i.tmp '/^# >>> inkwell >>>$/,/^# <<< inkwell <<<$/d' "$rc" && rm -f -- "$rc.tmp"
  echo "Removed Inkwell PATH block from $rc (backup: $rc.inkwell-bak)"
}

safe_remove_dir "$CACHE_DIR"
[ "$cache_only" -eq 1 ] && exit 0

remove_profile_block "$HOME/.bashrc"
remove_profile_block "$HOME/.zshrc"

if [ "$purge_config" -eq 1 ]; then
  if [ "$dry_run" -eq 1 ]; then
    safe_remove_dir "$CONFIG_DIR"
  else
    read -r -p "Also delete Inkwell settings in $CONFIG_DIR (unlinks your account on this machine)? [y/N] " reply </dev/tty
    if [ "$reply" = "y" ] || [ "$reply" = "Y" ]; then
      safe_remove_dir "$CONFIG_DIR"
    else
      echo "Kept $CONFIG_DIR"
    fi
  fi
fi

if command -v brew >/dev/null 2>&1 && brew list --formula inkwell >/dev/null 2>&1; then
  echo "To remove the binary: brew uninstall inkwell"
elif command -v npm >/dev/null 2>&1 && npm ls -g inkwell-cli >/dev/null 2>&1; then
  echo "To remove the binary: npm rm -g inkwell-cli"
fi
