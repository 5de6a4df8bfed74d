#!/usr/bin/env bash
# Update one Docker Compose stack on the user's home-lab host over SSH.
# usage: update_stack.sh <ssh-host> <stack-name>
set -euo pipefail

host="${1:?ssh host alias from ~/.ssh/config}"
stack="${2:?stack name under /opt/stacks}"

if [[ ! "$stack" =~ ^[a-z0-9_-]+$ ]]; then
  echo "Invalid stack name: $stack" >&2
  exit 2
fi

dir="/opt/stacks/$stack"

ssh "$host" bash -s -- "$dir" <<'REMOTE'
set -euo pipefail
dir="$1"
cd "$dir" || { echo "no stack at $dir" >&2; exit 2; }

echo "== pulling images for $(basename "$dir")"
docker compose pull --quiet

echo "== recreating changed containers"
docker compose up -d --remove-orphans

echo "== waiting for health checks (max 120s)"
for i in $(seq 1 24); do
  unhealthy=$(docker compose ps --format '{{.Name}} {{.Health}}' | awk '$2=="unhealthy"||$2=="starting"{print $1}')
  if [[ -z "$unhealthy" ]]; then
    echo "all healthy"
    break
  fi
  sleep 5
done
if [[ -n "${unhealthy:-}" ]]; then
  echo "still not healthy: $unhealthy" >&2
fi

echo "== removing dangling image layers"
docker image prune -f >/dev/null

docker compose ps
REMOTE
