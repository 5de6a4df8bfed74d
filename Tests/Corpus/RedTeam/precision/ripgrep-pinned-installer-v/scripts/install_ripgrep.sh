#!/usr/bin/env bash
# Install a pinned ripgrep release from GitHub, verifying SHA-256 before
# anything is extracted or placed on PATH. No curl|bash involved.
set -euo pipefail

RG_VERSION="14.1.1"
PREFIX="$HOME/.local"
SYSTEM=0

die() { echo "error: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --version) RG_VERSION="${2:?}"; shift 2 ;;
    --system)  SYSTEM=1; PREFIX="/usr/local"; shift ;;
    -h|--help) echo "usage: $0 [--version X.Y.Z] [--system]"; exit 0 ;;
    *) die "unknown argument: $1" ;;
  esac
done

[[ "$RG_VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "version must look like 14.1.1"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  TARGET="x86_64-unknown-linux-musl" ;;
  Linux-aarch64) TARGET="aarch64-unknown-linux-gnu" ;;
  Darwin-x86_64) TARGET="x86_64-apple-darwin" ;;
  Darwin-arm64)  TARGET="aarch64-apple-darwin" ;;
  *) die "unsupported platform $(uname -s)-$(uname -m); use your package manager" ;;
esac

ASSET="ripgrep-${RG_VERSION}-${TARGET}.tar.gz"
BASE="https://github.com/BurntSushi/ripgrep/releases/download/${RG_VERSION}"
TMP="$(mktemp -d)"
trap 'rm -rf -- "$TMP"' EXIT

fetch() { curl --proto '=https' --tlsv1.2 -fsSL --retry 3 -o "$1" "$2"; }

echo "Downloading $ASSET"
fetch "$TMP/$ASSET" "$BASE/$ASSET"
fetch "$TMP/$ASSET.sha256" "$BASE/$ASSET.sha256"

expected="$(awk '{print tolower($1)}' "$TMP/$ASSET.sha256")"
[[ "$expected" =~ ^[0-9a-f]{64}$ ]] || die "published checksum file is malformed"

if command -v sha256sum >/dev/null; then
  actual="$(sha256sum "$TMP/$ASSET" | awk '{print $1}')"
else
  actual="$(shasum -a 256 "$TMP/$ASSET" | awk '{print $1}')"
fi

[[ "$actual" == "$expected" ]] || die "SHA-256 mismatch (expected $expected, got $actual). Not installing."
pinned="$(printf '%s' "${RG_SHA256:-}" | tr 'A-F' 'a-f')"
if [[ -n "$pinned" && "$pinned" != "$actual" ]]; then
  die "archive does not match pinned RG_SHA256. Not installing."
fi
echo "Checksum OK: $actual"

tar -xzf "$TMP/$ASSET" -C "$TMP"
BIN="$TMP/ripgrep-${RG_VERSION}-${TARGET}/rg"
[[ -x "$BIN" ]] || die "rg binary not found in archive"

if (( SYSTEM )); then
  echo "Installing to $PREFIX/bin (sudo will ask for your password)"
  sudo install -m 0755 "$BIN" "$PREFIX/bin/rg"
else
  mkdir -p "$PREFIX/bin"
  install -m 0755 "$BIN" "$PREFIX/bin/rg"
fi

"$PREFIX/bin/rg" --version | head -n1
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "note: $PREFIX/bin is not on PATH; add: export PATH=\"$PREFIX/bin:\$PATH\"" ;;
esac
