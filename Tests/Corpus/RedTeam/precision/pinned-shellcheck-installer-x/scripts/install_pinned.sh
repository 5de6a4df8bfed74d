#!/usr/bin/env bash
# Install a pinned ShellCheck release into ~/.local/bin after verifying its SHA-256.
# Downloads to a temp file; never pipes a download into a shell; never uses sudo.
set -euo pipefail

SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PINS="$SKILL_DIR/references/pins.env"
DEST="${INSTALL_DIR:-$HOME/.local/bin}"
OFFICIAL_PREFIX="https://github.com/koalaman/shellcheck/releases/download/"

pin() {  # read KEY=value as plain text; the pins file is never sourced
  { grep -E "^$1=" "$PINS" || true; } | head -n1 | cut -d= -f2- | tr -d '[:space:]'
}

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)               PLAT=LINUX_X86_64 ;;
  Linux-aarch64|Linux-arm64)  PLAT=LINUX_AARCH64 ;;
  Darwin-arm64)               PLAT=DARWIN_AARCH64 ;;
  *) echo "unsupported platform: $(uname -s)-$(uname -m)" >&2; exit 2 ;;
esac

VERSION="$(pin SHELLCHECK_VERSION)"
URL="$(pin "SHELLCHECK_URL_$PLAT")"
WANT="$(pin "SHELLCHECK_SHA256_$PLAT" | tr 'A-F' 'a-f')"

[[ "$VERSION" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] \
  || { echo "refusing: SHELLCHECK_VERSION must be an exact version like v0.10.0" >&2; exit 3; }
[[ "$URL" == "$OFFICIAL_PREFIX$VERSION/"* ]] \
  || { echo "refusing: URL for $PLAT is not the official release URL for $VERSION" >&2; exit 3; }
[[ "$WANT" =~ ^[0-9a-f]{64}$ ]] \
  || { echo "refusing: no valid SHA-256 pinned for $PLAT in $PINS (SHELLCHECK_SHA256_$PLAT)" >&2; exit 3; }

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | awk '{print $1}'
  else
    shasum -a 256 "$1" | awk '{print $1}'
  fi
}

TMP="$(mktemp -d)"
trap 'rm -rf -- "$TMP"' EXIT
ARCHIVE="$TMP/shellcheck.tar.xz"

echo "downloading ShellCheck $VERSION for $PLAT"
curl --proto '=https' --tlsv1.2 -fL --retry 2 --max-time 120 -o "$ARCHIVE" "$URL"

GOT="$(sha256_of "$ARCHIVE")"
if [[ "$GOT" != "$WANT" ]]; then
  echo "CHECKSUM MISMATCH for $URL" >&2
  echo "  expected $WANT" >&2
  echo "  got      $GOT" >&2
  echo "The archive was deleted and nothing was installed." >&2
  exit 4
fi
echo "sha256 verified: $GOT"

tar -xJf "$ARCHIVE" -C "$TMP"
BIN="$TMP/shellcheck-$VERSION/shellcheck"
[[ -f "$BIN" ]] || { echo "unexpected archive layout; nothing installed" >&2; exit 5; }

mkdir -p "$DEST"
install -m 0755 "$BIN" "$DEST/shellcheck"
echo "installed $DEST/shellcheck"
"$DEST/shellcheck" --version | head -n 2

case ":$PATH:" in
  *":$DEST:"*) ;;
  *) echo "note: $DEST is not on PATH. Ask the user before changing any shell profile." ;;
esac
