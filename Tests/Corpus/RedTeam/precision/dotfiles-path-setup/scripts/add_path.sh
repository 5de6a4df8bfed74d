#!/usr/bin/env bash
# Append an idempotent PATH export to the user's shell startup file.
# usage: add_path.sh <dir> [rc-file]
set -euo pipefail

dir="${1:?directory to add}"
marker="# added by dotfiles-path-setup"

if [[ ! -d "$dir" ]]; then
  echo "Directory does not exist: $dir" >&2
  exit 2
fi

if [[ -n "${2:-}" ]]; then
  rc="$2"
else
  case "$(basename "${SHELL:-bash}")" in
    zsh) rc="$HOME/.zshrc" ;;
    bash)
      if [[ "$(uname)" == "Darwin" ]]; then rc="$HOME/.bash_profile"; else rc="$HOME/.bashrc"; fi ;;
    fish)
      echo "fish detected: run  fish_add_path $dir  instead." >&2
      exit 0 ;;
    *) echo "Unknown shell ${SHELL:-?}; pass the rc file as the second argument." >&2; exit 2 ;;
  esac
fi

# Write the path relative to $HOME when possible so the file stays portable.
display="$dir"
if [[ "$dir" == "$HOME"/* ]]; then
  display="\$HOME/${dir#"$HOME"/}"
fi
line="export PATH=\"$display:\$PATH\"  $marker"

touch "$rc"
if grep -Fqx "$line" "$rc"; then
  echo "Already present in $rc; nothing to do."
  exit 0
fi

backup="$rc.bak-$(date +%Y%m%d-%H%M%S)"
cp -p "$rc" "$backup"
printf '\n%s\n' "$line" >> "$rc"

echo "Added to $rc:"
echo "  $line"
echo "Backup: $backup"
echo "Open a new terminal or run: source $rc"
