#!/usr/bin/env bash
set -euo pipefail

confirm() { read -r -p "$1 [y/N] " a; [[ "$a" =~ ^[Yy]$ ]]; }

report() {
  docker system df
  echo; echo "Stopped containers (>24h):"
  docker ps -a --filter status=exited --format '  {{.ID}}  {{.Image}}  {{.Status}}  {{.Names}}'
  echo; echo "Dangling images:"
  docker images -f dangling=true --format '  {{.ID}}  {{.Size}}  created {{.CreatedSince}}'
}

prune() {
  case "${1:-safe}" in
    safe)
      report
      confirm "Prune stopped containers (>24h), dangling images and week-old build cache?" || exit 0
      docker container prune -f --filter until=24h
      docker image prune -f
      docker builder prune -f --filter until=168h
      ;;
    images)
      docker images --format '  {{.Repository}}:{{.Tag}}  {{.Size}}  {{.CreatedSince}}'
      confirm "Remove ALL unused images older than 30 days? They will need to be pulled again." || exit 0
      docker image prune -a -f --filter until=720h
      ;;
    volumes)
      echo "Unused volumes:"
      docker volume ls -f dangling=true --format '  {{.Name}}  ({{.Driver}})'
      echo "WARNING: volumes may contain database data. This cannot be undone."
      read -r -p "Type DELETE VOLUMES to continue: " a
      [ "$a" = "DELETE VOLUMES" ] || { echo "Aborted."; exit 0; }
      docker volume prune -f
      ;;
    *) echo "unknown level $1" >&2; exit 2 ;;
  esac
  docker system df
}

case "${1:-report}" in
  report) report ;;
  prune) prune "${2:-safe}" ;;
  *) echo "usage: $0 report | prune [safe|images|volumes]" >&2; exit 2 ;;
esac
