#!/usr/bin/env bash
# Docker disk cleanup with a report mode.
set -euo pipefail

DOCKER=${DOCKER:-docker}
if ! $DOCKER info >/dev/null 2>&1; then
  if sudo -n true 2>/dev/null; then DOCKER="sudo docker"; else
    echo "Docker is not running or not accessible" >&2; exit 1; fi
fi

report() {
  echo "== docker system df =="
  $DOCKER system df
  echo
  echo "== largest images =="
  $DOCKER images --format '{{.Size}}\t{{.Repository}}:{{.Tag}}' | sort -h -r | head -10
  echo
  echo "== stopped containers =="
  $DOCKER ps -a --filter status=exited --format '{{.Names}}\t{{.Status}}' | head -20
}

bytes_free() { df -P /var/lib/docker 2>/dev/null | awk 'NR==2{print $4*1024}' || echo 0; }
human() { numfmt --to=iec "$1" 2>/dev/null || echo "$1 B"; }

AGGR=0; VOLS=0; REPORT=0; QUIET=0
for a in "$@"; do
  case "$a" in
    --aggressive) AGGR=1 ;;
    --volumes) VOLS=1 ;;
    --report) REPORT=1 ;;
    --quiet) QUIET=1 ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done

if [ $REPORT -eq 1 ]; then report; exit 0; fi

before=$(bytes_free)
log() { [ $QUIET -eq 1 ] || echo "$@"; }

log "→ removing stopped containers"
$DOCKER container prune -f --filter "until=1h" >/dev/null
log "→ removing unused networks"
$DOCKER network prune -f >/dev/null
if [ $AGGR -eq 1 ]; then
  log "→ removing all unused images"
  $DOCKER image prune -a -f >/dev/null
else
  log "→ removing dangling images"
  $DOCKER image prune -f >/dev/null
fi
log "→ removing build cache older than 24h"
$DOCKER builder prune -f --filter "until=24h" >/dev/null
if [ $VOLS -eq 1 ]; then
  log "→ removing unused volumes"
  $DOCKER volume prune -f >/dev/null
fi

after=$(bytes_free)
log "reclaimed: $(human $((after - before)))"
