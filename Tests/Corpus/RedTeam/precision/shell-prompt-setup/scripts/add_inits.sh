#!/usr/bin/env bash
# Append tool init lines (tagged) to the shell rc file, only for installed tools.
# usage: add_inits.sh <zsh|bash> <tool>...
set -euo pipefail

shell="${1:?zsh or bash}"; shift
case "$shell" in
  zsh) rc="$HOME/.zshrc" ;;
  bash) rc="$HOME/.bashrc" ;;
  *) echo "unsupported shell $shell" >&2; exit 2 ;;
esac
marker="# shell-prompt-setup"
touch "$rc"

line_for() {
  case "$1" in
    starship) echo "eval \"\$(starship init $shell)\"" ;;
    direnv)   echo "eval \"\$(direnv hook $shell)\"" ;;
    zoxide)   echo "eval \"\$(zoxide init $shell)\"" ;;
    pyenv)    echo 'eval "$(pyenv init -)"' ;;
    brew)     echo 'eval "$(/opt/homebrew/bin/brew shellenv)"' ;;
    *) return 1 ;;
  esac
}

added=0
for tool in "$@"; do
  bin="$tool"
  [[ "$tool" == "brew" ]] && bin="/opt/homebrew/bin/brew"
  if ! command -v "$bin" >/dev/null 2>&1; then
    echo "skip $tool: not installed"
    continue
  fi
  if ! line="$(line_for "$tool")"; then
    echo "skip $tool: unknown tool"
    continue
  fi
  full="$line  $marker"
  if grep -Fqx "$full" "$rc"; then
    echo "already present: $tool"
    continue
  fi
  [[ $added -eq 0 ]] && cp -p "$rc" "$rc.bak-$(date +%Y%m%d%H%M%S)"
  printf '%s\n' "$full" >> "$rc"
  echo "added: $full"
  added=$((added + 1))
done

echo "$added line(s) added to $rc; open a new shell to use them."
