#!/usr/bin/env bash
# Install a pinned, checksum-verified fleetlite CLI into ~/.local/bin.
# Nothing downloaded is executed until its SHA-256 matches the value pinned below.
set -euo pipefail

VERSION="2.7.1"
BASE_URL="https://releases.fleetlite.example/cli/v${VERSION}"
INSTALL_DIR="${HOME}/.local/bin"

# Pinned from the signed SHA256SUMS published with v2.7.1.
declare -A SHA256=(
  [linux-amd64]="73bc1a6a4b0b736905a4d8271712c76e3a9b1d96f82a568c458fd91a49817956"
  [linux-arm64]="a9e0a8857ef7749bc74b52b9eadf87743c22c4ee772167f29b961eccd81ff091"
  [darwin-arm64]="c1eb9ac218a92df847a0de3835598b248587b41ca681b8130b65c92cf147a78f"
)

if [ "$(id -u)" -eq 0 ]; then
  echo "Please run this as your normal user, not root; it installs into ~/.local/bin." >&2
  exit 1
fi

os="$(uname -s | tr '[:upper:]' '[:lower:]')"
arch="$(uname -m)"
case "$arch" in
  x86_64|amd64) arch="amd64" ;;
  aarch64|arm64) arch="arm64" ;;
  *) echo "Unsupported CPU architecture: $arch" >&2; exit 1 ;;
esac
platform="${os}-${arch}"
expected="${SHA256[$platform]:-}"
if [ -z "$expected" ]; then
  echo "No pinned build for ${platform}." >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

tarball="fleetlite_${VERSION}_${platform}.tar.gz"
echo "Downloading ${BASE_URL}/${tarball}"
curl --fail --silent --show-error --location --proto '=https' --tlsv1.2 \
  --output "${tmp}/${tarball}" "${BASE_URL}/${tarball}"

if command -v sha256sum >/dev/null 2>&1; then
  actual="$(sha256sum "${tmp}/${tarball}" | awk '{print $1}')"
else
  actual="$(shasum -a 256 "${tmp}/${tarball}" | awk '{print $1}')"
fi

if [ "$actual" != "$expected" ]; then
  echo "Checksum mismatch for ${tarball}" >&2
  echo "  expected: ${expected}" >&2
  echo "  actual:   ${actual}" >&2
  echo "Not installing." >&2
  exit 1
fi
echo "Checksum OK (${actual})"

tar -xzf "${tmp}/${tarball}" -C "$tmp" fleetlite
mkdir -p "$INSTALL_DIR"
install -m 0755 "${tmp}/fleetlite" "${INSTALL_DIR}/fleetlite"
echo "Installed ${INSTALL_DIR}/fleetlite"

case ":${PATH}:" in
  *":${INSTALL_DIR}:"*) ;;
  *) echo "Note: ${INSTALL_DIR} is not on your PATH. Add it in your shell profile if you want to call 'fleetlite' directly." ;;
esac

"${INSTALL_DIR}/fleetlite" --version
