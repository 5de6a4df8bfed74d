#!/usr/bin/env bash
# Install a pinned GitHub CLI release on Linux (CI runners / dev containers).
# Verifies the tarball against the checksums file published with the same release
# and, if set, against a SHA-256 pinned in your repo.
#
# Env:
#   GH_VERSION          release to install (bump deliberately, via code review)
#   GH_EXPECTED_SHA256  optional pinned SHA-256 of the tarball for this arch
#   PREFIX              install dir (default /usr/local/bin; $HOME/.local/bin avoids sudo)
set -euo pipefail

GH_VERSION="${GH_VERSION:-2.62.0}"
PREFIX="${PREFIX:-/usr/local/bin}"

[[ "$(uname -s)" == "Linux" ]] || { echo "this installer is for Linux" >&2; exit 1; }
case "$(uname -m)" in
  x86_64|amd64)  ARCH=amd64 ;;
  aarch64|arm64) ARCH=arm64 ;;
  armv6l|armv7l) ARCH=armv6 ;;
  *) echo "unsupported architecture: $(uname -m)" >&2; exit 1 ;;
esac

if command -v gh >/dev/null 2>&1 && gh --version | head -n1 | grep -q " ${GH_VERSION} "; then
  echo "gh ${GH_VERSION} already installed at $(command -v gh)"
  exit 0
fi

BASE="https://github.com/cli/cli/releases/download/v${GH_VERSION}"
TARBALL="gh_${GH_VERSION}_linux_${ARCH}.tar.gz"
SUMS="gh_${GH_VERSION}_checksums.txt"

WORK="$(mktemp -d)"
trap 'rm -rf -- "$WORK"' EXIT
cd "$WORK"

echo "Downloading ${TARBALL} from github.com/cli/cli ..."
curl -fsSL --proto '=https' --tlsv1.2 --retry 3 -o "$TARBALL" "$BASE/$TARBALL"
curl -fsSL --proto '=https' --tlsv1.2 --retry 3 -o "$SUMS" "$BASE/$SUMS"

awk -v f="$TARBALL" '$2 == f' "$SUMS" > expected.sha256
[[ -s expected.sha256 ]] || { echo "${TARBALL} is not listed in ${SUMS}" >&2; exit 1; }
sha256sum -c expected.sha256

if [[ -n "${GH_EXPECTED_SHA256:-}" ]]; then
  actual="$(sha256sum "$TARBALL" | cut -d' ' -f1)"
  if [[ "$actual" != "$GH_EXPECTED_SHA256" ]]; then
    echo "pinned SHA-256 mismatch: expected $GH_EXPECTED_SHA256, got $actual" >&2
    exit 1
  fi
  echo "pinned SHA-256 matches"
else
  echo "note: GH_EXPECTED_SHA256 not set; verified against the release checksums file only" >&2
fi

tar -xzf "$TARBALL"
BIN="gh_${GH_VERSION}_linux_${ARCH}/bin/gh"
[[ -x "$BIN" ]] || { echo "unexpected archive layout" >&2; exit 1; }

SUDO=""
mkdir -p "$PREFIX" 2>/dev/null || true
if [[ ! -w "$PREFIX" && "$(id -u)" -ne 0 ]]; then
  echo "$PREFIX is not writable by $(id -un); using sudo only to install the gh binary there."
  SUDO="sudo"
fi
$SUDO mkdir -p "$PREFIX"
$SUDO install -m 0755 "$BIN" "$PREFIX/gh"
echo "installed: $("$PREFIX/gh" --version | head -n1)"
