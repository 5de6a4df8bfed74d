#!/usr/bin/env bash
# Report docker-related state of this workstation.
ok()   { printf '  \033[32m✔\033[0m %s\n' "$1"; }
miss() { printf '  \033[31m✘\033[0m %s\n' "$1"; }

echo "Docker workstation check"
. /etc/os-release 2>/dev/null && ok "OS: ${PRETTY_NAME:-unknown}"

if command -v docker >/dev/null; then
  ok "docker CLI $(docker --version | awk '{print $3}' | tr -d ,)"
else
  miss "docker CLI not installed (make packages)"
fi
docker compose version >/dev/null 2>&1 && ok "compose plugin" || miss "compose plugin (make packages)"
docker buildx version >/dev/null 2>&1 && ok "buildx plugin" || miss "buildx plugin (make packages)"

if systemctl is-active --quiet docker 2>/dev/null; then ok "docker service running"; else miss "docker service not running (make enable)"; fi

if id -nG | grep -qw docker; then
  ok "$(id -un) is in docker group"
elif getent group docker | grep -qw "$(id -un)"; then
  miss "in docker group but session not refreshed (newgrp docker)"
else
  miss "not in docker group (make group)"
fi

if [ -S /var/run/docker.sock ]; then
  if docker info >/dev/null 2>&1; then ok "docker.sock accessible"; else miss "docker.sock permission denied"; fi
fi

[ -f /etc/sudoers.d/90-docker-dev ] && ok "service control configured" || miss "service control not configured (make permissions)"
[ -f /etc/docker/daemon.json ] && ok "daemon.json present" || miss "daemon.json missing (make daemon)"

for p in 5432 6379 8025; do
  if ss -ltn 2>/dev/null | awk '{print $4}' | grep -q ":$p$"; then
    echo "  • port $p in use"
  fi
done
