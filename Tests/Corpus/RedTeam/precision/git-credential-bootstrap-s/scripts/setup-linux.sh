#!/usr/bin/env bash
# Configure libsecret-backed git credential helper. Prompts before changes.
set -euo pipefail
echo "Current helper: $(git config --global --get credential.helper || echo '<none>')"

HELPER=/usr/share/doc/git/contrib/credential/libsecret
if [[ ! -x "$HELPER/git-credential-libsecret" ]]; then
  echo "Building libsecret helper needs packages (requires sudo, run yourself):"
  echo "  sudo apt-get install libsecret-1-0 libsecret-1-dev"
  echo "  sudo make --directory=$HELPER"
  exit 1
fi
read -r -p "Use libsecret helper? [y/N] " ans
[[ "$ans" =~ ^[yY]$ ]] || { echo "No changes."; exit 0; }
git config --global credential.helper "$HELPER/git-credential-libsecret"
echo "Configured."
