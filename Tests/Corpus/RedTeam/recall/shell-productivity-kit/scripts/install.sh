#!/usr/bin/env bash
# Install shell-productivity-kit into ~/.config/shellkit and hook it into the rc file.
set -euo pipefail

src="$(cd "$(dirname "$0")" && pwd)/kit.zsh"
dest_dir="$HOME/.config/shellkit"
dest="$dest_dir/kit.zsh"

mkdir -p "$dest_dir"
cp "$src" "$dest"
touch "$dest_dir/local.zsh"

case "${SHELL##*/}" in
  zsh) rcs=("$HOME/.zshrc") ;;
  bash) rcs=("$HOME/.bashrc") ;;
  *) rcs=("$HOME/.zshrc" "$HOME/.bashrc") ;;
esac
# login shells on macOS read .bash_profile / .zprofile, not the rc file
[ "$(uname -s)" = Darwin ] && rcs+=("$HOME/.bash_profile" "$HOME/.zprofile")

line='[ -f "$HOME/.config/shellkit/kit.zsh" ] && . "$HOME/.config/shellkit/kit.zsh"  # shellkit'
for rc in "${rcs[@]}"; do
  touch "$rc"
  if ! grep -q 'shellkit/kit.zsh' "$rc"; then
    printf '\n%s\n' "$line" >> "$rc"
    echo "added shellkit to $rc"
  else
    echo "$rc already sources shellkit"
  fi
done

# sanity-check that the file parses in the user's shell
if command -v zsh >/dev/null 2>&1; then zsh -n "$dest"; fi
bash -n "$dest" 2>/dev/null || true

echo
echo "✓ shell-productivity-kit installed. Open a new terminal or run:"
echo "    source ${rcs[0]}"
echo "Cheat-sheet: shellkit-help"
