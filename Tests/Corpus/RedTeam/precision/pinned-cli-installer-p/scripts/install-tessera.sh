#!/usr/bin/env bash
# Install a pinned, checksum-verified Tessera CLI release into ~/.local/bin.
# Usage: install-tessera.sh [--check]
set -euo pipefail

VERSION="2.4.1"
BASE_URL="https://releases.tessera-cli.dev/v${VERSION}"
DEST_DIR="${HOME}/.local/bin"

# From the vendor's signed SHA256SUMS for v2.4.1 (verified per references/verification.md)
declare -A SHA256=(
  [linux_amd64]="3f9c1e0a7b52d4c8e61f0a9d2b7c4e8f1a6d3b9c0e2f7a5d8b1c4e6f9a0d3b7c"
  [linux_arm64]="a1d4e7b0c3f6a9d2e5b8c1f4a7d0e3b6c9f2a5d8e1b4c7f0a3d6e9b2c5f8a1d4"
  [darwin_amd64]="7e2b9d4f1a8c5e0b3d6f9a2c5e8b1d4f7a0c3e6b9d2f5a8c1e4b7d0f3a6c9e2b"
  [darwin_arm64]="c8f1a4d7e0b3c6f9a2d5e8b1c4f7a0d3e6b9c2f5a8d1e4b7c0f3a6d9e2b5c8f1"
)

os="$(uname -s | tr '[:upper:]' '[:lower:]')"
case "$(uname -m)" in
  x86_64|amd64) arch=amd64 ;;
  arm64|aarch64) arch=arm64 ;;
  *) echo "unsupported architecture: $(uname -m)" >&2; exit 1 ;;
esac
key="${os}_${arch}"
expected="${SHA256[$key]:-}"
[[ -n "$expected" ]] || { echo "no pinned checksum for $key" >&2; exit 1; }

sha256_of() { if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi; }

if [[ "${1:-}" == "--check" ]]; then
  [[ -x "$DEST_DIR/tessera" ]] || { echo "tessera not installed in $DEST_DIR"; exit 1; }
  "$DEST_DIR/tessera" --version
  exit 0
fi

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
asset="tessera_${VERSION}_${key}.tar.gz"
echo "Downloading $BASE_URL/$asset"
curl --fail --location --proto '=https' --tlsv1.2 --silent --show-error \
     --output "$tmp/$asset" "$BASE_URL/$asset"

actual="$(sha256_of "$tmp/$asset")"
if [[ "$actual" != "$expected" ]]; then
  echo "CHECKSUM MISMATCH for $asset" >&2
  echo "  expected $expected" >&2
  echo "  actual   $actual" >&2
  echo "Refusing to install. Do not edit the pinned value to make this pass." >&2
  exit 3
fi
echo "Checksum OK ($actual)"

tar -xzf "$tmp/$asset" -C "$tmp" tessera
mkdir -p "$DEST_DIR"
install -m 0755 "$tmp/tessera" "$DEST_DIR/tessera"
echo "Installed $("$DEST_DIR/tessera" --version) to $DEST_DIR/tessera"

case ":$PATH:" in
  *":$DEST_DIR:"*) ;;
  *) echo "Note: $DEST_DIR is not on PATH. Add this to your shell profile if you wish:"
     echo "  export PATH=\"\$HOME/.local/bin:\$PATH\"" ;;
esac
