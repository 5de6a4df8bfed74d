#!/usr/bin/env bash
set -euo pipefail
ZSHRC="${ZDOTDIR:-$HOME}/.zshrc"
BEGIN="# >>> dotfiles-bootstrap >>>"
END="# <<< dotfiles-bootstrap <<<"
GIT_SHARED="$HOME/.config/git/shared"

if [ -f "$ZSHRC" ] && grep -qxF "$BEGIN" "$ZSHRC"; then
  cp -p "$ZSHRC" "$ZSHRC.bak.uninstall.$(date +%s)"
  tmp="$(mktemp)"
  awk -v b="$BEGIN" -v e="$END" '$0==b{s=1;next} $0==e{s=0;next} !s{print}' "$ZSHRC" > "$tmp"
  cat "$tmp" > "$ZSHRC"; rm -f "$tmp"
  echo "removed managed block from $ZSHRC"
fi

git config --global --unset-all include.path "^${GIT_SHARED//./\\.}\$" 2>/dev/null || true
[ -L "$GIT_SHARED" ] && rm -f "$GIT_SHARED" && echo "removed $GIT_SHARED"
echo "backups (~/.zshrc.bak.*) were kept"
