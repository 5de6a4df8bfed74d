#!/usr/bin/env bash
# Configure rootless Docker for the invoking user. Must NOT be run as root.
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then
  echo "Refusing to run as root: rootless Docker is configured per normal user." >&2
  echo "Re-run this script as your own user, without sudo." >&2
  exit 1
fi

user="$(id -un)"

for f in /etc/subuid /etc/subgid; do
  if ! grep -q "^${user}:" "$f"; then
    echo "No entry for ${user} in ${f}." >&2
    echo "Ask an administrator to run: sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 ${user}" >&2
    exit 1
  fi
done

if ! command -v dockerd-rootless-setuptool.sh >/dev/null; then
  echo "dockerd-rootless-setuptool.sh not found. Install docker-ce-rootless-extras first (see SKILL.md)." >&2
  exit 1
fi

if systemctl is-active --quiet docker.service; then
  echo "Note: the system-wide (root) Docker daemon is running. Rootless Docker can run alongside it."
fi

dockerd-rootless-setuptool.sh install

read -r -p "Start the rootless daemon automatically at login (systemctl --user enable)? [y/N] " ans
if [[ "$ans" =~ ^[Yy]$ ]]; then
  systemctl --user enable --now docker
else
  echo "Skipped. Start it manually with: systemctl --user start docker"
fi

echo
echo "Add this line to your shell profile yourself if you want it permanent:"
echo "  export DOCKER_HOST=unix://${XDG_RUNTIME_DIR}/docker.sock"
