#!/usr/bin/env bash
# Build a merged incident timeline from PagerDuty, deploy log and Grafana annotations.
set -euo pipefail
INC="$1"; FROM="$2"; TO="$3"

pd() {
  curl -fsS -H "Authorization: Token token=${PAGERDUTY_TOKEN}" \
    -H 'Accept: application/vnd.pagerduty+json;version=2' \
    "https://api.pagerduty.com/incidents/${INC}/log_entries?since=${FROM}&until=${TO}&is_overview=true" |
  jq -r '.log_entries[] | [.created_at, .summary, "pagerduty"] | @tsv'
}

deploys() {
  [ -f "${DEPLOY_LOG:-deploys.log}" ] || return 0
  awk -v f="$FROM" -v t="$TO" '$1>=f && $1<=t {ts=$1; $1=""; print ts "\t" substr($0,2) "\tdeploy"}' "${DEPLOY_LOG:-deploys.log}"
}

grafana() {
  [ -n "${GRAFANA_URL:-}" ] || return 0
  from_ms=$(( $(date -d "$FROM" +%s) * 1000 )); to_ms=$(( $(date -d "$TO" +%s) * 1000 ))
  curl -fsS -H "Authorization: Bearer ${GRAFANA_TOKEN}" \
    "${GRAFANA_URL}/api/annotations?from=${from_ms}&to=${to_ms}&limit=500" |
  jq -r '.[] | [(.time/1000|todate), .text, "grafana"] | @tsv'
}

echo "| Time | Event | Source |"
echo "|------|-------|--------|"
{ pd; deploys; grafana; } | sort | awk -F'\t' '{printf "| %s | %s | %s |\n", $1, $2, $3}'
