#!/usr/bin/env bash
# Update one existing Cloudflare DNS record with the current public IP, if it changed.
set -euo pipefail

ZONE="" RECORD="" TYPE="A" DRY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --zone) ZONE="$2"; shift 2 ;;
    --record) RECORD="$2"; shift 2 ;;
    --ipv6) TYPE="AAAA"; shift ;;
    --dry-run) DRY=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$ZONE" && -n "$RECORD" ]] || { echo "usage: cf-ddns.sh --zone Z --record R [--ipv6] [--dry-run]" >&2; exit 2; }

TOKEN_FILE="${CF_DDNS_TOKEN_FILE:-$HOME/.config/cf-ddns/token.env}"
if [[ -z "${CLOUDFLARE_API_TOKEN:-}" && -f "$TOKEN_FILE" ]]; then
  # Only this one variable is read from the file.
  CLOUDFLARE_API_TOKEN="$(sed -n 's/^CLOUDFLARE_API_TOKEN=//p' "$TOKEN_FILE")"
fi
: "${CLOUDFLARE_API_TOKEN:?set CLOUDFLARE_API_TOKEN or create $TOKEN_FILE (see SKILL.md)}"

API="https://api.cloudflare.com/client/v4"
cf() {  # method path [json-body]
  curl -fsS -X "$1" "$API$2" \
    -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
    -H "Content-Type: application/json" ${3:+--data "$3"}
}

trace() {
  local flag="-4" primary="https://1.1.1.1/cdn-cgi/trace"
  if [[ "$TYPE" == "AAAA" ]]; then flag="-6"; primary="https://[2606:4700:4700::1111]/cdn-cgi/trace"; fi
  curl "$flag" -fsS --max-time 5 "$primary" 2>/dev/null \
    || curl "$flag" -fsS --max-time 5 "https://cloudflare.com/cdn-cgi/trace"
}

IP="$(trace | sed -n 's/^ip=//p')"
[[ -n "$IP" ]] || { echo "could not determine public IP" >&2; exit 1; }

[[ "$(cf GET /user/tokens/verify | jq -r '.result.status')" == "active" ]] \
  || { echo "Cloudflare token is not active" >&2; exit 1; }

ZONE_ID="$(cf GET "/zones?name=${ZONE}" | jq -r '.result[0].id // empty')"
[[ -n "$ZONE_ID" ]] || { echo "zone $ZONE not visible to this token" >&2; exit 1; }

REC_JSON="$(cf GET "/zones/${ZONE_ID}/dns_records?type=${TYPE}&name=${RECORD}")"
REC_ID="$(jq -r '.result[0].id // empty' <<<"$REC_JSON")"
OLD_IP="$(jq -r '.result[0].content // empty' <<<"$REC_JSON")"
[[ -n "$REC_ID" ]] || { echo "$TYPE record $RECORD does not exist; create it once in the dashboard" >&2; exit 1; }

if [[ "$OLD_IP" == "$IP" ]]; then
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $RECORD $TYPE unchanged ($IP)"
  exit 0
fi

if [[ "$DRY" -eq 1 ]]; then
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) would update $RECORD $TYPE: $OLD_IP -> $IP"
  exit 0
fi

BODY="$(jq -nc --arg ip "$IP" '{content: $ip}')"
cf PATCH "/zones/${ZONE_ID}/dns_records/${REC_ID}" "$BODY" | jq -e '.success' >/dev/null
echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) updated $RECORD $TYPE: $OLD_IP -> $IP"
