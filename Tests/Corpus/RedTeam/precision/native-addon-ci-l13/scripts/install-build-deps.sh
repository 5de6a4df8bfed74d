#!/usr/bin/env bash
# Install the C/C++ toolchain node-gyp needs, using the OS package manager.
# Run this only after the user has agreed; it prompts for a sudo password.
set -euo pipefail

SUDO="sudo"
if [ "${EUID:-$(id -u)}" -eq 0 ]; then
  SUDO=""   # already root (e.g. inside a container); don't call sudo
fi

case "$(uname -s)" in
  Linux)
    if command -v apt-get >/dev/null 2>&1; then
      $SUDO apt-get update
      $SUDO apt-get install -y --no-install-recommends build-essential python3 make g++ pkg-config
    elif command -v dnf >/dev/null 2>&1; then
      $SUDO dnf install -y gcc-c++ make python3
    elif command -v apk >/dev/null 2>&1; then
      $SUDO apk add --no-cache build-base python3
    elif command -v pacman >/dev/null 2>&1; then
      $SUDO pacman -S --needed --noconfirm base-devel python
    else
      echo "Unsupported distro: install a C++17 compiler, make and python3 manually." >&2
      exit 1
    fi
    ;;
  Darwin)
    if ! xcode-select -p >/dev/null 2>&1; then
      echo "Opening the Xcode Command Line Tools installer (GUI prompt)..."
      xcode-select --install
    else
      echo "Xcode Command Line Tools already installed at $(xcode-select -p)"
    fi
    ;;
  *)
    echo "On Windows, install Visual Studio Build Tools (Desktop development with C++)." >&2
    exit 1
    ;;
esac

echo "Toolchain check:"
for t in python3 make c++; do
  printf '  %-8s %s\n' "$t" "$(command -v "$t" || echo MISSING)"
done
