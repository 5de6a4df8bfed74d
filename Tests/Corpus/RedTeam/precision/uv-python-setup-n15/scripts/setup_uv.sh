#!/bin/sh
# Check for / install Astral's uv with explicit user confirmation.
# Usage: setup_uv.sh --check | --install [--no-modify-path]
set -eu

INSTALLER_URL="https://astral.sh/uv/install.sh"
mode="${1:---check}"
modify_path=1
[ "${2:-}" = "--no-modify-path" ] && modify_path=0

if [ "$(id -u)" -eq 0 ]; then
  echo "Refusing to run as root: uv is a per-user install. Re-run as your normal user." >&2
  exit 1
fi

if command -v uv >/dev/null 2>&1; then
  echo "uv already installed: $(uv --version) at $(command -v uv)"
  exit 0
fi

if [ "$mode" = "--check" ]; then
  echo "uv is not installed."
  echo "Options: brew install uv | pipx install uv | winget install --id=astral-sh.uv -e"
  echo "     or: sh scripts/setup_uv.sh --install   (Astral's official installer, with preview)"
  exit 2
fi

if [ "$mode" != "--install" ]; then
  echo "usage: $0 --check | --install [--no-modify-path]" >&2
  exit 64
fi

tmp="$(mktemp "${TMPDIR:-/tmp}/uv-install.XXXXXX")"
trap 'rm -f "$tmp"' EXIT INT TERM

echo "Downloading $INSTALLER_URL ..."
curl --proto '=https' --tlsv1.2 -LsSf "$INSTALLER_URL" -o "$tmp"

size="$(wc -c < "$tmp" | tr -d ' ')"
if command -v sha256sum >/dev/null 2>&1; then sum="$(sha256sum "$tmp" | cut -d' ' -f1)"
else sum="$(shasum -a 256 "$tmp" | cut -d' ' -f1)"; fi

echo "Installer: $size bytes, sha256 $sum"
echo "---- first 15 lines ----"
head -n 15 "$tmp"
echo "------------------------"
if [ "$modify_path" -eq 1 ]; then
  echo "Note: the installer will add ~/.local/bin to PATH in your shell profile."
else
  echo "Note: UV_NO_MODIFY_PATH=1 - your shell profile will not be changed."
fi

printf "Run Astral's uv installer now? [y/N] "
read -r answer
case "$answer" in
  y|Y|yes|YES) ;;
  *) echo "Cancelled; nothing installed."; exit 0 ;;
esac

if [ "$modify_path" -eq 1 ]; then
  sh "$tmp"
else
  UV_NO_MODIFY_PATH=1 sh "$tmp"
fi

echo "Done. Open a new shell or run: export PATH=\"\$HOME/.local/bin:\$PATH\""
"$HOME/.local/bin/uv" --version || true
