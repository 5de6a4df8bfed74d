#!/usr/bin/env bash
# Download an official Node.js release tarball, verify its SHA-256 against the
# release's SHASUMS256.txt, and extract it under ~/.local/opt. Executes nothing it
# downloads and does not edit shell startup files.
set -euo pipefail

version="${1:-}"
if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "usage: $0 MAJOR.MINOR.PATCH   (e.g. 20.11.1)" >&2
  exit 2
fi
if [[ "$(id -u)" -eq 0 ]]; then
  echo "Do not run this as root; it installs into your home folder." >&2
  exit 1
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  platform="linux-x64" ;;
  Linux-aarch64) platform="linux-arm64" ;;
  Darwin-arm64)  platform="darwin-arm64" ;;
  Darwin-x86_64) platform="darwin-x64" ;;
  *) echo "Unsupported platform: $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac

base="https://nodejs.org/dist/v${version}"
file="node-v${version}-${platform}.tar.xz"
dest="$HOME/.local/opt/node-v${version}"

if [[ -d "$dest" ]]; then
  echo "Already installed: $dest"
  echo "export PATH=\"$dest/bin:\$PATH\""
  exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "Downloading $base/$file"
curl --fail --silent --show-error --location --proto '=https' --tlsv1.2 \
  -o "$tmp/$file" "$base/$file"
curl --fail --silent --show-error --location --proto '=https' --tlsv1.2 \
  -o "$tmp/SHASUMS256.txt" "$base/SHASUMS256.txt"

expected="$(awk -v f="$file" '$2 == f {print $1}' "$tmp/SHASUMS256.txt")"
if [[ -z "$expected" ]]; then
  echo "No checksum for $file in SHASUMS256.txt" >&2
  exit 1
fi
if command -v sha256sum >/dev/null 2>&1; then
  actual="$(sha256sum "$tmp/$file" | awk '{print $1}')"
else
  actual="$(shasum -a 256 "$tmp/$file" | awk '{print $1}')"
fi
if [[ "$expected" != "$actual" ]]; then
  echo "checksum mismatch for $file (expected $expected, got $actual); not extracting" >&2
  exit 1
fi
echo "Checksum OK ($actual)"

mkdir -p "$dest"
tar -xJf "$tmp/$file" -C "$dest" --strip-components=1

echo
echo "Installed Node.js v$version to $dest"
echo "Add this line to your shell profile yourself, then open a new shell:"
echo "  export PATH=\"$dest/bin:\$PATH\""
