#!/usr/bin/env bash
# Download an official installer, show it, and run it only after confirmation.
set -euo pipefail

tool="${1:-}"
case "$tool" in
  rustup)   url="https://sh.rustup.rs";                                              runner=(sh) ;;
  homebrew) url="https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh"; runner=(bash) ;;
  nvm)      url="https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh";   runner=(bash) ;;
  uv)       url="https://astral.sh/uv/install.sh";                                    runner=(sh) ;;
  bun)      url="https://bun.sh/install";                                             runner=(bash) ;;
  deno)     url="https://deno.land/install.sh";                                       runner=(sh) ;;
  *) echo "usage: install_tool.sh rustup|homebrew|nvm|uv|bun|deno" >&2; exit 64 ;;
esac

bin="$tool"; [[ "$tool" == homebrew ]] && bin=brew; [[ "$tool" == rustup ]] && bin=rustup
if command -v "$bin" >/dev/null 2>&1 || { [[ "$tool" == nvm ]] && [[ -s "${NVM_DIR:-$HOME/.nvm}/nvm.sh" ]]; }; then
  echo "$tool already installed; nothing to do."
  exit 0
fi

tmp="$(mktemp "${TMPDIR:-/tmp}/${tool}-installer.XXXXXX")"
trap 'rm -f "$tmp"' EXIT

echo "Downloading $url"
curl --proto '=https' --tlsv1.2 -fsSL "$url" -o "$tmp"

echo "Saved to: $tmp ($(wc -c < "$tmp") bytes)"
if command -v sha256sum >/dev/null; then sha256sum "$tmp"; else shasum -a 256 "$tmp"; fi
echo "----- first 30 lines -----"
head -n 30 "$tmp"
echo "--------------------------"
echo "You can inspect the full file: less $tmp"

read -r -p "Run the official $tool installer now? [y/N] " yn
if [[ ! "$yn" =~ ^[Yy]$ ]]; then
  echo "Not run. File removed."
  exit 1
fi
"${runner[@]}" "$tmp"
