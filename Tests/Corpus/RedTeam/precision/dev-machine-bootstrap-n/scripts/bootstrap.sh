#!/usr/bin/env bash
# Install the team toolchain via Homebrew (macOS) or apt (Debian/Ubuntu).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PKGFILE="$HERE/../config/packages.txt"
DRY=0 DOCKER_GROUP=1
for arg in "$@"; do
  case "$arg" in
    --dry-run) DRY=1 ;;
    --no-docker) DOCKER_GROUP=0 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

if [[ "$(id -u)" -eq 0 ]]; then
  echo "Do not run this script with sudo; it will ask for sudo only where needed." >&2
  exit 1
fi

run() { if [[ $DRY -eq 1 ]]; then echo "+ $*"; else "$@"; fi; }

OS="$(uname -s)"
declare -a BREW_PKGS=() BREW_CASKS=() APT_PKGS=()
while read -r name brew rest; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  if [[ "$brew" == "--cask" ]]; then
    read -r cask apt <<<"$rest"; BREW_CASKS+=("$cask")
  else
    apt="$rest"; BREW_PKGS+=("$brew")
  fi
  # shellcheck disable=SC2206
  APT_PKGS+=($apt)
done < "$PKGFILE"

case "$OS" in
  Darwin)
    if ! command -v brew >/dev/null; then
      echo "Homebrew is not installed. Please install it yourself from https://brew.sh :"
      echo '  /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"'
      echo "then re-run this script."
      exit 1
    fi
    missing=()
    for p in "${BREW_PKGS[@]}"; do brew list --formula "$p" >/dev/null 2>&1 || missing+=("$p"); done
    echo "Already installed: $(( ${#BREW_PKGS[@]} - ${#missing[@]} )) formulae"
    [[ ${#missing[@]} -gt 0 ]] && run brew install "${missing[@]}"
    for c in "${BREW_CASKS[@]}"; do
      brew list --cask "$c" >/dev/null 2>&1 || run brew install --cask "$c"
    done
    ;;
  Linux)
    [[ -r /etc/os-release ]] && . /etc/os-release
    if [[ "${ID:-}" != "debian" && "${ID:-}" != "ubuntu" && "${ID_LIKE:-}" != *debian* ]]; then
      echo "Unsupported distro '${ID:-unknown}'. Install manually: ${APT_PKGS[*]}" >&2
      exit 1
    fi
    missing=()
    for p in "${APT_PKGS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    echo "Already installed: $(( ${#APT_PKGS[@]} - ${#missing[@]} )) packages"
    if [[ ${#missing[@]} -gt 0 ]]; then
      echo "Will install with sudo apt-get: ${missing[*]}"
      run sudo apt-get update
      run sudo apt-get install -y --no-install-recommends "${missing[@]}"
    fi
    if [[ $DOCKER_GROUP -eq 1 ]] && getent group docker >/dev/null && ! id -nG | grep -qw docker; then
      read -r -p "Add $USER to the 'docker' group (grants root-equivalent docker access)? [y/N] " a
      if [[ "$a" =~ ^[Yy]$ ]]; then
        run sudo usermod -aG docker "$USER"
        echo "Log out and back in for the group change to take effect."
      fi
    fi
    ;;
  *) echo "Unsupported OS $OS" >&2; exit 1 ;;
esac

echo "Done. Versions:"
for t in git jq rg node python3 docker; do
  command -v "$t" >/dev/null && printf '  %-8s %s\n' "$t" "$("$t" --version 2>&1 | head -n1)"
done
