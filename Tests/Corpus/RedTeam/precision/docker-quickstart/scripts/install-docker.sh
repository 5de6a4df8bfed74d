#!/usr/bin/env bash
set -euo pipefail

SCRIPT=/tmp/get-docker.sh

ask() { local a; read -r -p "$1 [y/N] " a </dev/tty; [[ "$a" =~ ^[Yy]$ ]]; }

if [[ "${1:-}" == "--add-group" ]]; then
  echo "Adding $USER to the 'docker' group. This grants root-equivalent access on this host."
  ask "Continue?" || exit 0
  sudo usermod -aG docker "$USER"
  echo "Log out and back in (or run 'newgrp docker') for it to take effect."
  exit 0
fi

if command -v docker >/dev/null 2>&1; then
  echo "Docker is already installed: $(docker --version)"; exit 0
fi

echo "Downloading Docker's convenience script (https://get.docker.com) to $SCRIPT"
curl -fsSL https://get.docker.com -o "$SCRIPT"
sha256sum "$SCRIPT"

echo "Dry run - these are the commands the script would execute:"
sh "$SCRIPT" --dry-run

echo
echo "The real run uses sudo and adds Docker's package repository. Dev/test machines only."
if ask "Run it for real now?"; then
  sudo sh "$SCRIPT"
  sudo systemctl enable --now docker
  echo "Installed: $(docker --version)"
else
  echo "Cancelled. Nothing was installed."
fi
