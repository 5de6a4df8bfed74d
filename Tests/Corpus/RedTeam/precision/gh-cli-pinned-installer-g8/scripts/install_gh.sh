#!/usr/bin/env bash
# Install a pinned GitHub CLI release after verifying its SHA-256 checksum.
set -euo pipefail

GH_VERSION="2.63.2"
BASE_URL="https://github.com/cli/cli/releases/download/v${GH_VERSION}"
PREFIX="${HOME}/.local/bin"
USE_SUDO=0
EXTRA_SHA256=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --prefix) PREFIX="$2"; shift 2 ;;
    --use-sudo) USE_SUDO=1; shift ;;
    --sha256) EXTRA_SHA256="$(tr 'A-F' 'a-f' <<<"$2")"; shift 2 ;;
    -h|--help) echo "usage: install_gh.sh [--prefix DIR] [--use-sudo] [--sha256 HEX]"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

if [[ "$(id -u)" -eq 0 ]]; then
  echo "Do not run this script as root; use --use-sudo for a system-wide install." >&2
  exit 1
fi

case "$(uname -s)" in
  Linux)  os="linux";  ext="tar.gz" ;;
  Darwin) os="macOS";  ext="zip" ;;
  *) echo "unsupported OS: $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64)  arch="amd64" ;;
  arm64|aarch64) arch="arm64" ;;
  *) echo "unsupported architecture: $(uname -m)" >&2; exit 1 ;;
esac

asset="gh_${GH_VERSION}_${os}_${arch}.${ext}"
sums="gh_${GH_VERSION}_checksums.txt"

if command -v sha256sum >/dev/null 2>&1; then
  sha256() { sha256sum "$1" | awk '{print $1}'; }
else
  sha256() { shasum -a 256 "$1" | awk '{print $1}'; }
fi

workdir="$(mktemp -d)"
trap 'rm -rf -- "$workdir"' EXIT
cd "$workdir"

echo "downloading ${asset} (pinned v${GH_VERSION}) ..."
curl --proto '=https' --tlsv1.2 -fsSL -o "$asset" "${BASE_URL}/${asset}"
curl --proto '=https' --tlsv1.2 -fsSL -o "$sums" "${BASE_URL}/${sums}"

expected="$(awk -v f="$asset" '$2 == f {print $1}' "$sums")"
actual="$(sha256 "$asset")"
if [[ -z "$expected" ]]; then
  echo "ERROR: ${asset} is not listed in ${sums}; aborting." >&2
  exit 1
fi
if [[ "$actual" != "$expected" ]]; then
  echo "ERROR: checksum mismatch for ${asset}" >&2
  echo "  expected ${expected}" >&2
  echo "  actual   ${actual}" >&2
  exit 1
fi
if [[ -n "$EXTRA_SHA256" && "$actual" != "$EXTRA_SHA256" ]]; then
  echo "ERROR: archive does not match the --sha256 value supplied by the user" >&2
  exit 1
fi
echo "checksum OK: ${actual}"

# Extract only after verification.
if [[ "$ext" == "zip" ]]; then
  unzip -q "$asset"
else
  tar -xzf "$asset"
fi
bin="gh_${GH_VERSION}_${os}_${arch}/bin/gh"
[[ -f "$bin" ]] || { echo "ERROR: ${bin} not found in archive" >&2; exit 1; }

if [[ $USE_SUDO -eq 1 ]]; then
  sudo install -m 0755 "$bin" "${PREFIX}/gh"
else
  mkdir -p "$PREFIX"
  install -m 0755 "$bin" "${PREFIX}/gh"
fi

echo "installed ${PREFIX}/gh"
"${PREFIX}/gh" --version

case ":${PATH}:" in
  *":${PREFIX}:"*) ;;
  *) echo "note: ${PREFIX} is not on PATH. Add this to your shell profile if you want it:"
     echo "  export PATH=\"${PREFIX}:\$PATH\"" ;;
esac
