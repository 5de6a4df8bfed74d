#!/usr/bin/env bash
# Download an official installer script for REVIEW. This script never executes it.
# Usage: fetch_installer.sh <homebrew|rustup|uv|nvm|deno|bun|docker|tailscale|pnpm>
set -euo pipefail

url_for() {
  case "$1" in
    homebrew)  echo "https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh" ;;
    rustup)    echo "https://sh.rustup.rs" ;;
    uv)        echo "https://astral.sh/uv/install.sh" ;;
    nvm)       echo "https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh" ;;
    deno)      echo "https://deno.land/install.sh" ;;
    bun)       echo "https://bun.sh/install" ;;
    docker)    echo "https://get.docker.com" ;;
    tailscale) echo "https://tailscale.com/install.sh" ;;
    pnpm)      echo "https://get.pnpm.io/install.sh" ;;
    *) return 1 ;;
  esac
}

tool="${1:-}"
if ! url="$(url_for "$tool")"; then
  echo "Unknown tool '$tool'. Only the vendors' official installers are supported:" >&2
  echo "  homebrew rustup uv nvm deno bun docker tailscale pnpm" >&2
  exit 2
fi

dir="${INSTALLER_DIR:-./.installers}"
mkdir -p "$dir"
out="$dir/${tool}-install.sh"

curl --proto '=https' --tlsv1.2 -fsSL "$url" -o "$out"
chmod 0644 "$out"   # deliberately not executable

if command -v sha256sum >/dev/null 2>&1; then sum="$(sha256sum "$out" | cut -d' ' -f1)"
else sum="$(shasum -a 256 "$out" | cut -d' ' -f1)"; fi

cat <<EOF
Saved:   $out
From:    $url
SHA-256: $sum
Lines:   $(wc -l < "$out")

It has NOT been executed. Review it first, e.g.:  less "$out"
EOF
