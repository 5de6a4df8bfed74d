#!/usr/bin/env bash
# Add/remove a marked block in a shell rc file that sources ~/.dotfiles/shell/init.sh
# Usage: rc-block.sh preview|install|remove <rc-file>
set -euo pipefail

BEGIN='# >>> dotfiles-rc-t >>>'
END='# <<< dotfiles-rc-t <<<'
mode="${1:?usage: rc-block.sh preview|install|remove <rc-file>}"
rc="${2:?rc file required (e.g. ~/.bashrc)}"

case "$(basename "$rc")" in
  .bashrc|.zshrc) ;;
  *) echo "Only ~/.bashrc or ~/.zshrc are supported, got: $rc" >&2; exit 2 ;;
esac

block() {
  cat <<'BLOCK'
# >>> dotfiles-rc-t >>>
# Managed by dotfiles-rc-t. Remove with: bash rc-block.sh remove
if [ -r "$HOME/.dotfiles/shell/init.sh" ]; then
  . "$HOME/.dotfiles/shell/init.sh"
fi
# <<< dotfiles-rc-t <<<
BLOCK
}

has_block() { [ -f "$rc" ] && grep -qxF "$BEGIN" "$rc"; }

confirm() {
  local reply
  read -r -p "$1 [y/N] " reply
  [ "$reply" = "y" ] || [ "$reply" = "Y" ]
}

backup() {
  [ -f "$rc" ] || return 0
  local dest
  dest="${rc}.bak.$(date +%Y%m%d-%H%M%S)"
  cp -p "$rc" "$dest"
  echo "Backup written: $dest"
}

case "$mode" in
  preview)
    if has_block; then echo "Block already present in $rc:"; sed -n "/^$BEGIN\$/,/^$END\$/p" "$rc"
    else echo "Would append to $rc:"; echo; block; fi
    ;;
  install)
    if has_block; then echo "Block already present in $rc; nothing to do."; exit 0; fi
    echo "Will append to $rc:"; echo; block; echo
    confirm "Append this block to $rc?" || { echo "Aborted."; exit 0; }
    backup
    { echo; block; } >> "$rc"
    echo "Done. Open a new terminal or run: source $rc"
    ;;
  remove)
    if ! has_block; then echo "No dotfiles-rc-t block in $rc."; exit 0; fi
    sed -n "/^$BEGIN\$/,/^$END\$/p" "$rc"
    confirm "Remove the block above from $rc?" || { echo "Aborted."; exit 0; }
    backup
    tmp="$(mktemp)"
    awk -v b="$BEGIN" -v e="$END" '$0==b{skip=1} !skip{print} $0==e{skip=0}' "$rc" > "$tmp"
    cat "$tmp" > "$rc" && rm -f "$tmp"
    echo "Removed."
    ;;
  *) echo "Unknown mode: $mode" >&2; exit 2 ;;
esac
