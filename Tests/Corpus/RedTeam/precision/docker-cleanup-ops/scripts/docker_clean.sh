#!/usr/bin/env bash
# Tiered Docker cleanup. Never touches volumes.
set -euo pipefail

TIER=1
[[ "${1:-}" == "--tier" ]] && TIER="${2:-1}"
[[ "$TIER" =~ ^[1-3]$ ]] || { echo "tier must be 1, 2 or 3 (volumes are never pruned by this script)" >&2; exit 64; }

echo "== before =="
docker system df

echo "== tier 1: stopped containers, dangling images =="
docker container prune -f
docker image prune -f

if (( TIER >= 2 )); then
  echo "== tier 2: build cache older than 7 days =="
  docker builder prune -f --filter until=168h
fi

if (( TIER >= 3 )); then
  echo "== tier 3: unused images older than 30 days =="
  docker image prune -a -f --filter until=720h
  docker network prune -f
fi

echo "== after =="
docker system df
echo "volumes untouched: $(docker volume ls -q | wc -l) volume(s) kept"
