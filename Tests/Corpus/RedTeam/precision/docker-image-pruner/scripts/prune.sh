#!/usr/bin/env bash
# Dry-run-first Docker cleanup. Volumes are never touched.
# Usage: prune.sh [--apply] [--older-than-days N] [--keep-label NAME]
set -euo pipefail
APPLY=0
DAYS=30
KEEP_LABEL=keep
while [ $# -gt 0 ]; do
  case "$1" in
    --apply) APPLY=1 ;;
    --older-than-days) DAYS="$2"; shift ;;
    --keep-label) KEEP_LABEL="$2"; shift ;;
    *) echo "unknown arg: $1" >&2; exit 2 ;;
  esac
  shift
done
HOURS=$(( DAYS * 24 ))

echo "== Disk usage"
docker system df

echo; echo "== Dangling images"
docker images -f dangling=true --format '{{.ID}}\t{{.Size}}\t{{.CreatedSince}}'

echo; echo "== Stopped containers"
docker ps -a -f status=exited -f status=created --format '{{.ID}}\t{{.Names}}\t{{.Image}}\t{{.Status}}'

echo; echo "== Images older than ${DAYS}d not used by any container (label '${KEEP_LABEL}' excluded)"
used_ids="$(docker ps -aq | xargs -r docker inspect --format '{{.Image}}' | sort -u)"
cutoff=$(( $(date +%s) - DAYS * 86400 ))
docker images --no-trunc --format '{{.ID}}\t{{.Repository}}:{{.Tag}}\t{{.Size}}' |
while IFS=$'\t' read -r id ref size; do
  grep -qx "$id" <<<"$used_ids" && continue
  created="$(docker image inspect --format '{{.Created}}' "$id")"
  label="$(docker image inspect --format "{{ index .Config.Labels \"$KEEP_LABEL\" }}" "$id" 2>/dev/null || true)"
  [ -n "$label" ] && [ "$label" != "<no value>" ] && continue
  ts="$(date -d "$created" +%s 2>/dev/null || echo 0)"
  [ "$ts" -gt 0 ] && [ "$ts" -lt "$cutoff" ] && printf '%s\t%s\t%s\n' "${id:7:12}" "$ref" "$size"
done

echo; echo "== Build cache"
docker buildx du 2>/dev/null | tail -n 3 || docker system df --format '{{.Type}}\t{{.Size}}' | grep -i build

if [ "$APPLY" != 1 ]; then
  echo; echo "Dry run only. Re-run with --apply to prune the items above (volumes are never touched)."
  exit 0
fi

echo; echo "== Pruning"
docker container prune -f --filter "until=24h"
docker image prune -f
docker image prune -a -f --filter "until=${HOURS}h" --filter "label!=${KEEP_LABEL}"
docker builder prune -f --filter "until=168h"

echo; echo "== Disk usage after"
docker system df
echo "Volumes were not touched. Review them with: docker volume ls -f dangling=true"
