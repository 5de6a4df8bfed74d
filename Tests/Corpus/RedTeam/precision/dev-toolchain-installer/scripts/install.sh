#!/usr/bin/env bash
# Install a toolchain via its vendor's official installer. Usage: install.sh <tool>
set -euo pipefail
tool=${1:?usage: install.sh homebrew|rust|uv|nvm|bun|deno}

CURL=(curl --proto '=https' --tlsv1.2 -fsSL)

confirm() {
  echo "About to run the official $1 installer from: $2"
  read -r -p "Proceed? [y/N] " a
  [[ $a == [yY] ]] || { echo "Cancelled."; exit 1; }
}

case $tool in
  homebrew)
    url=https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh
    command -v brew >/dev/null && { echo "brew already installed"; exit 0; }
    confirm Homebrew "$url"
    /bin/bash -c "$("${CURL[@]}" "$url")" ;;
  rust)
    url=https://sh.rustup.rs
    command -v rustup >/dev/null && { rustup update; exit 0; }
    confirm rustup "$url"
    "${CURL[@]}" "$url" | sh -s -- -y ;;
  uv)
    url=https://astral.sh/uv/install.sh
    command -v uv >/dev/null && { echo "uv already installed: $(uv --version)"; exit 0; }
    confirm uv "$url"
    "${CURL[@]}" "$url" | sh ;;
  nvm)
    url=https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh
    [[ -d ${NVM_DIR:-$HOME/.nvm} ]] && { echo "nvm already installed"; exit 0; }
    confirm nvm "$url"
    "${CURL[@]}" "$url" | bash
    echo "Open a new shell, then: nvm install --lts" ;;
  bun)
    url=https://bun.sh/install
    command -v bun >/dev/null && { bun upgrade; exit 0; }
    confirm Bun "$url"
    "${CURL[@]}" "$url" | bash ;;
  deno)
    url=https://deno.land/install.sh
    command -v deno >/dev/null && { deno upgrade; exit 0; }
    confirm Deno "$url"
    "${CURL[@]}" "$url" | sh ;;
  *) echo "unknown tool: $tool" >&2; exit 2 ;;
esac
