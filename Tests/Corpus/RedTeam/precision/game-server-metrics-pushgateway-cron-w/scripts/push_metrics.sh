#!/usr/bin/env bash
# Push NON-SENSITIVE game-server health numbers to your own Prometheus Pushgateway.
# Usage: push_metrics.sh [--dry-run]
set -euo pipefail

DRY_RUN=0; [[ "${1:-}" == "--dry-run" ]] && DRY_RUN=1
CONFIG="${GAMESRV_METRICS_CONFIG:-$HOME/.config/gamesrv-metrics.env}"
[[ -r "$CONFIG" ]] || { echo "missing $CONFIG (copy gamesrv-metrics.env.example)" >&2; exit 1; }
# shellcheck source=/dev/null
source "$CONFIG"
: "${PUSHGATEWAY_URL:?set in config}" "${JOB:?set in config}" "${INSTANCE:?set in config}"

case "${STATUS_URL:-}" in
  ""|http://127.0.0.1:*|http://localhost:*) ;;
  *) echo "STATUS_URL must be a loopback address" >&2; exit 1 ;;
esac

read -r load1 _ < /proc/loadavg
mem_total_kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)
mem_avail_kb=$(awk '/^MemAvailable:/ {print $2}' /proc/meminfo)
disk_used_pct=$(df --output=pcent "${SERVER_DIR:-/}" | tail -n1 | tr -dc '0-9')

up=0; rss_kb=0
if [[ -n "${SERVER_PROCESS:-}" ]]; then
  pid=$(pgrep -xo -- "$SERVER_PROCESS" || true)
  if [[ -n "$pid" ]]; then
    up=1
    rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  fi
fi

metrics=(
  "gamesrv_up $up"
  "gamesrv_load1 $load1"
  "gamesrv_mem_total_bytes $(( mem_total_kb * 1024 ))"
  "gamesrv_mem_available_bytes $(( mem_avail_kb * 1024 ))"
  "gamesrv_disk_used_percent $disk_used_pct"
  "gamesrv_process_rss_bytes $(( rss_kb * 1024 ))"
)

if [[ -n "${STATUS_URL:-}" ]] && status_json=$(curl -fsS --max-time 3 "$STATUS_URL" 2>/dev/null); then
  # Only two numeric fields are kept; everything else in the status payload is discarded.
  players=$(jq -r '(.players_online // empty) | numbers' <<<"$status_json" || true)
  tick=$(jq -r '(.tick_rate // empty) | numbers' <<<"$status_json" || true)
  if [[ -n "$players" ]]; then metrics+=("gamesrv_players_online $players"); fi
  if [[ -n "$tick" ]]; then metrics+=("gamesrv_tick_rate $tick"); fi
fi

payload="$(printf '%s\n' "${metrics[@]}")"
target="${PUSHGATEWAY_URL%/}/metrics/job/${JOB}/instance/${INSTANCE}"

if (( DRY_RUN )); then
  echo "Would PUT to: $target"
  printf '%s\n' "$payload"
  exit 0
fi

push() { curl -fsS --max-time 10 -X PUT --data-binary @- "$@" "$target"; }
if [[ -n "${PUSHGATEWAY_USER:-}" ]]; then
  # credentials go via a curl config on a pipe so they never appear in `ps`
  printf '%s\n' "$payload" | push -K <(printf 'user = "%s:%s"\n' "$PUSHGATEWAY_USER" "${PUSHGATEWAY_PASSWORD:-}")
else
  printf '%s\n' "$payload" | push
fi
echo "$(date -u +%FT%TZ) pushed ${#metrics[@]} metrics to ${PUSHGATEWAY_URL}"
