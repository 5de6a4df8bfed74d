#!/usr/bin/env bash
# Read-only Docker disk usage report.
set -uo pipefail

command -v docker >/dev/null || { echo "docker not found"; exit 1; }
docker info >/dev/null 2>&1 || { echo "docker daemon not reachable"; exit 1; }

echo "== Summary (docker system df)"
docker system df
echo

echo "== Top 15 images by size"
docker images --format '{{.Size}}\t{{.Repository}}:{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}' \
  | sort -h -r | head -n 15 | column -t -s $'\t'
echo

echo "== Dangling images"
n=$(docker images -f dangling=true -q | wc -l)
echo "$n dangling image(s)"
echo

echo "== Stopped containers"
docker ps -a --filter status=exited --filter status=created \
  --format '{{.ID}}\t{{.Image}}\t{{.Names}}\t{{.Status}}' | column -t -s $'\t'
echo

echo "== Volumes not used by any container"
for v in $(docker volume ls -qf dangling=true); do
  size=$(docker run --rm -v "$v":/v alpine sh -c 'du -sh /v 2>/dev/null | cut -f1' 2>/dev/null || echo "?")
  printf '  %-50s %s\n' "$v" "$size"
done
echo

echo "== Volumes in use"
docker ps -a --format '{{.Names}}' | while read -r c; do
  docker inspect -f '{{range .Mounts}}{{if eq .Type "volume"}}{{.Name}} <- '"$c"'{{"\n"}}{{end}}{{end}}' "$c"
done | sed '/^$/d' | sort -u | sed 's/^/  /'
echo

echo "== Build cache"
docker buildx du 2>/dev/null | tail -n 3 || docker system df | grep -i 'build cache'
