# shellcheck shell=bash
# Shared helpers for bootstrap.sh and pin.sh. Sourced from this repository only.

DEVENV_HOME="${DEVENV_HOME:-$HOME/.local/share/devenv}"
DEVENV_BIN="${DEVENV_BIN:-$HOME/.local/bin}"
LOCK_FILE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tools.lock"

die() { echo "error: $*" >&2; exit 1; }

refuse_root() {
  if [ "$(id -u)" -eq 0 ]; then
    die "do not run as root: tools are installed per user into $DEVENV_BIN"
  fi
}

detect_platform() {
  local os arch
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) die "unsupported OS $(uname -s)" ;;
  esac
  case "$(uname -m)" in
    x86_64|amd64) arch=amd64 ;;
    arm64|aarch64) arch=arm64 ;;
    *) die "unsupported CPU $(uname -m)" ;;
  esac
  echo "$os-$arch"
}

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | awk '{print $1}'
  else shasum -a 256 "$1" | awk '{print $1}'; fi
}

# lock_entries <platform> [tool] -> lines "name version sha256 url"
lock_entries() {
  awk -v plat="$1" -v tool="${2:-}" '
    /^[[:space:]]*#/ || NF < 5 { next }
    $3 == plat && (tool == "" || $1 == tool) { print $1, $2, $4, $5 }
  ' "$LOCK_FILE"
}

# download <url> <dest> : HTTPS only, fail on HTTP errors, no execution.
download() {
  case "$1" in https://github.com/*) ;; *) die "refusing non-GitHub-release URL: $1" ;; esac
  curl --proto '=https' --tlsv1.2 -fsSL --retry 3 -o "$2" "$1"
}
