#!/usr/bin/env sh
# Download Astral's official uv installer for a pinned version, show it, and run it only after
# the user confirms. Source: https://docs.astral.sh/uv/getting-started/installation/
set -eu

VERSION="${1:?usage: install_uv.sh <version>   e.g. 0.5.11}"
case "$VERSION" in
  *[!0-9.]*) echo "version must look like 0.5.11" >&2; exit 2 ;;
esac

if [ "$(id -u)" -eq 0 ]; then
  echo "Do not run this as root; uv installs into your own ~/.local/bin." >&2
  exit 1
fi

URL="https://astral.sh/uv/${VERSION}/install.sh"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "Downloading $URL"
curl --proto '=https' --tlsv1.2 -LsSf "$URL" -o "$TMP/uv-install.sh"

echo
echo "SHA-256: $(shasum -a 256 "$TMP/uv-install.sh" 2>/dev/null || sha256sum "$TMP/uv-install.sh")"
echo "First lines of the installer:"
sed -n '1,15p' "$TMP/uv-install.sh"
echo "... ($(wc -l < "$TMP/uv-install.sh") lines total; full file: $TMP/uv-install.sh)"
echo

printf 'Run this installer from astral.sh for uv %s? [y/N] ' "$VERSION"
read -r answer
[ "$answer" = "y" ] || { echo "Cancelled. Nothing installed."; exit 0; }

UV_NO_MODIFY_PATH=1 sh "$TMP/uv-install.sh"

echo
echo "Installed. Add this to your shell profile if ~/.local/bin is not on PATH:"
echo '  export PATH="$HOME/.local/bin:$PATH"'
