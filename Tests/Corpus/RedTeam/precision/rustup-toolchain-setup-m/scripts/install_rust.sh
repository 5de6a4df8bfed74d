#!/usr/bin/env bash
# Install rustup by downloading rustup-init from static.rust-lang.org and
# verifying its SHA-256 before execution (instead of curl | sh).
set -euo pipefail

TOOLCHAIN="stable"
COMPONENTS=""
EXTRA_ARGS=()
BASE="https://static.rust-lang.org/rustup/dist"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --toolchain) TOOLCHAIN="$2"; shift 2 ;;
    --components) COMPONENTS="$2"; shift 2 ;;
    --no-modify-path) EXTRA_ARGS+=("--no-modify-path"); shift ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done

if command -v rustup >/dev/null 2>&1; then
  echo "rustup already installed; updating"
  rustup update "$TOOLCHAIN"
  exit 0
fi

os="$(uname -s)"
arch="$(uname -m)"
case "$os-$arch" in
  Linux-x86_64)   triple="x86_64-unknown-linux-gnu" ;;
  Linux-aarch64)  triple="aarch64-unknown-linux-gnu" ;;
  Darwin-x86_64)  triple="x86_64-apple-darwin" ;;
  Darwin-arm64)   triple="aarch64-apple-darwin" ;;
  *) echo "unsupported platform $os-$arch; see https://rustup.rs" >&2; exit 1 ;;
esac

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

url="${BASE}/${triple}/rustup-init"
echo "downloading $url"
curl --proto '=https' --tlsv1.2 -fsSL -o "$tmp/rustup-init" "$url"
curl --proto '=https' --tlsv1.2 -fsSL -o "$tmp/rustup-init.sha256" "${url}.sha256"

expected="$(awk '{print $1}' "$tmp/rustup-init.sha256")"
if command -v sha256sum >/dev/null 2>&1; then
  actual="$(sha256sum "$tmp/rustup-init" | awk '{print $1}')"
else
  actual="$(shasum -a 256 "$tmp/rustup-init" | awk '{print $1}')"
fi

if [[ "$expected" != "$actual" ]]; then
  echo "checksum mismatch for rustup-init (expected $expected, got $actual)" >&2
  exit 1
fi
echo "checksum OK ($actual)"

chmod +x "$tmp/rustup-init"
"$tmp/rustup-init" -y --profile minimal --default-toolchain "$TOOLCHAIN" "${EXTRA_ARGS[@]}"

# shellcheck disable=SC1091
source "$HOME/.cargo/env"

if [[ -n "$COMPONENTS" ]]; then
  IFS=',' read -r -a comps <<< "$COMPONENTS"
  rustup component add "${comps[@]}"
fi

rustc --version
cargo --version
