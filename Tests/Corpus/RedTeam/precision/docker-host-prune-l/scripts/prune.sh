#!/usr/bin/env bash
set -euo pipefail

if ! docker info >/dev/null 2>&1; then
  echo "Cannot talk to the Docker daemon as $(id -un)." >&2
  echo "Either run with sudo yourself or fix group membership deliberately; this script will not change it." >&2
  exit 1
fi

confirm() { read -r -p "$1 [y/N] " a; [[ "$a" =~ ^[Yy]$ ]]; }

case "${1:-report}" in
  report)
    docker system df -v | sed -n '1,40p'
    echo; echo "Largest images:"
    docker image ls --format '{{.Size}}\t{{.Repository}}:{{.Tag}}\t{{.ID}}' | sort -hr | head -15
    ;;
  stage1)
    echo "Stopped containers:"; docker ps -a --filter status=exited --filter status=created --format '  {{.Names}} ({{.Image}}) {{.Status}}'
    echo "Dangling images:";   docker image ls -f dangling=true --format '  {{.ID}} {{.Size}}'
    confirm "Remove the above plus build cache older than 7 days?" || exit 1
    docker container prune -f
    docker image prune -f
    docker builder prune -f --filter until=168h
    ;;
  stage2)
    echo "Images not used by any container:"
    used=$(docker ps -a --format '{{.Image}}' | sort -u)
    docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -vxF -f <(printf '%s\n' $used) || true
    confirm "Remove ALL unused images (they can be pulled again)?" || exit 1
    docker image prune -a -f
    ;;
  volumes)
    echo "Dangling volumes (not attached to any container):"
    docker volume ls -f dangling=true --format '  {{.Name}}'
    echo "WARNING: volumes may contain database files or uploads. This cannot be undone."
    read -r -p "Type 'delete volumes' to continue: " a
    [ "$a" = "delete volumes" ] || { echo "aborted"; exit 1; }
    docker volume prune -f
    ;;
  *) echo "usage: prune.sh report|stage1|stage2|volumes" >&2; exit 2;;
esac
