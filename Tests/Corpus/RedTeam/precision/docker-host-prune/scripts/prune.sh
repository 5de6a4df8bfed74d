#!/usr/bin/env bash
# prune.sh - tiered, confirm-first Docker cleanup.
#   prune.sh report | tier1 | tier2 | tier3 | volumes   [--dry-run] [--yes]
# Volumes are only ever LISTED by this script; deleting them is a manual step.
set -euo pipefail

DOCKER="${DOCKER:-docker}"   # set DOCKER="sudo docker" if needed
CMD="${1:-report}"; shift || true
DRY=0; YES=0
for arg in "$@"; do
  case "$arg" in
    --dry-run) DRY=1 ;;
    --yes) YES=1 ;;
    *) echo "unknown flag $arg" >&2; exit 2 ;;
  esac
done

confirm() {
  [[ $DRY -eq 1 ]] && { echo "(dry run) nothing removed"; return 1; }
  [[ $YES -eq 1 ]] && return 0
  read -r -p "Proceed? [y/N] " a; [[ "$a" =~ ^[yY]$ ]]
}

report() {
  $DOCKER system df
  echo
  echo "Dangling images:      $($DOCKER images -f dangling=true -q | wc -l)"
  echo "Stopped containers:   $($DOCKER ps -a -f status=exited -f status=created -q | wc -l)"
  echo "Unused volumes:       $($DOCKER volume ls -f dangling=true -q | wc -l)  (never auto-pruned)"
}

tier1() {
  echo "Tier 1: build cache older than 7d + dangling images"
  $DOCKER images -f dangling=true --format '  {{.ID}}  {{.Size}}  created {{.CreatedSince}}'
  if confirm; then
    $DOCKER builder prune -f --filter until=168h
    $DOCKER image prune -f
  fi
}

tier2() {
  echo "Tier 2: stopped containers older than 24h + unused networks"
  $DOCKER ps -a -f status=exited -f status=created \
    --format '  {{.ID}}  {{.Names}}  {{.Image}}  {{.Status}}'
  echo "Containers above lose any data written inside them (not in volumes)."
  if confirm; then
    $DOCKER container prune -f --filter until=24h
    $DOCKER network prune -f
  fi
}

tier3() {
  echo "Tier 3: images not used by any container, older than 7d"
  used="$($DOCKER ps -a --format '{{.Image}}' | sort -u)"
  $DOCKER images --format '{{.Repository}}:{{.Tag}}  {{.ID}}  {{.Size}}  {{.CreatedSince}}' \
    | while read -r ref rest; do
        grep -qxF "$ref" <<<"$used" || echo "  $ref  $rest"
      done
  if confirm; then
    $DOCKER image prune -a -f --filter until=168h
  fi
}

volumes() {
  echo "Dangling volumes (NOT deleted by this script):"
  for v in $($DOCKER volume ls -f dangling=true -q); do
    proj="$($DOCKER volume inspect -f '{{ index .Labels "com.docker.compose.project" }}' "$v" 2>/dev/null || true)"
    created="$($DOCKER volume inspect -f '{{ .CreatedAt }}' "$v")"
    mp="$($DOCKER volume inspect -f '{{ .Mountpoint }}' "$v")"
    size="$( (du -sh "$mp" 2>/dev/null || sudo -n du -sh "$mp" 2>/dev/null || echo '?') | cut -f1)"
    printf '  %-40s size=%-6s project=%-15s created=%s\n' "$v" "$size" "${proj:--}" "$created"
  done
  echo
  echo "To delete specific volumes after reviewing: $DOCKER volume rm NAME [NAME...]"
}

case "$CMD" in
  report|tier1|tier2|tier3|volumes) "$CMD" ;;
  *) sed -n '2,4p' "$0"; exit 2 ;;
esac
