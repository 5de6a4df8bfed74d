#!/usr/bin/env bash
# Update one Cloudflare A/AAAA record to this machine's current public IP.
# Token: CLOUDFLARE_API_TOKEN env var, or the file named by CF_TOKEN_FILE (mode 600).
# The token is only ever sent to https://api.cloudflare.com.
set -euo pipefail

: "${CF_ZONE_NAME:?set CF_ZONE_NAME, e.g. example.com}"
: "${CF_RECORD_NAME:?set CF_RECORD_NAME, e.g. home.example.com}"
RECORD_TYPE="${CF_RECORD_TYPE:-A}"
API="https://api.cloudflare.com/client/v4"
STATE_DIR="${XDG_STATE_HOME:-$HOME/.local/state}/cf-ddns"
mkdir -p "$STATE_DIR"

if [ -z "${CLOUDFLARE_API_TOKEN:-}" ] && [ -n "${CF_TOKEN_FILE:-}" ]; then
  perms="$(stat -c '%a' "$CF_TOKEN_FILE" 2>/dev/null || stat -f '%Lp' "$CF_TOKEN_FILE")"
  case "$perms" in
    600|400) ;;
    *) echo "Refusing: $CF_TOKEN_FILE has mode $perms; run chmod 600 on it" >&2; exit 1 ;;
  esac
  CLOUDFLARE_API_TOKEN="$(tr -d '[:space:]' < "$CF_TOKEN_FILE")"
fi
: "${CLOUDFLARE_API_TOKEN:?set CLOUDFLARE_API_TOKEN or CF_TOKEN_FILE}"

cf() { # usage: cf METHOD PATH [JSON]
  curl -fsS -X "$1" "$API$2" \
    -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
    -H "Content-Type: application/json" \
    ${3:+--data "$3"}
}

current_ip() {
  local url="https://1.1.1.1/cdn-cgi/trace"
  [ "$RECORD_TYPE" = "AAAA" ] && url="https://[2606:4700:4700::1111]/cdn-cgi/trace"
  curl -fsS --max-time 10 "$url" | awk -F= '$1=="ip"{print $2}'
}

IP="$(current_ip)"
[ -n "$IP" ] || { echo "could not determine public IP" >&2; exit 1; }

LAST_FILE="$STATE_DIR/last_ip_${RECORD_TYPE}_${CF_RECORD_NAME}"
LAST="$(cat "$LAST_FILE" 2>/dev/null || true)"
if [ "$IP" = "$LAST" ] && [ "${FORCE:-0}" != 1 ]; then
  exit 0
fi

ZONE_ID="$(cf GET "/zones?name=${CF_ZONE_NAME}" | jq -r '.result[0].id // empty')"
[ -n "$ZONE_ID" ] || { echo "zone ${CF_ZONE_NAME} not found or not accessible with this token" >&2; exit 1; }

REC="$(cf GET "/zones/${ZONE_ID}/dns_records?type=${RECORD_TYPE}&name=${CF_RECORD_NAME}")"
REC_ID="$(jq -r '.result[0].id // empty' <<<"$REC")"
PROXIED="$(jq -r '.result[0].proxied // false' <<<"$REC")"
BODY="$(jq -nc --arg t "$RECORD_TYPE" --arg n "$CF_RECORD_NAME" --arg c "$IP" \
          --argjson p "$PROXIED" '{type:$t, name:$n, content:$c, ttl:1, proxied:$p}')"

if [ "${DRY_RUN:-0}" = 1 ]; then
  echo "[dry-run] would set ${CF_RECORD_NAME} ${RECORD_TYPE} ${LAST:-<unset>} -> ${IP} (record id: ${REC_ID:-new})"
  exit 0
fi

if [ -n "$REC_ID" ]; then
  cf PATCH "/zones/${ZONE_ID}/dns_records/${REC_ID}" "$BODY" >/dev/null
else
  cf POST "/zones/${ZONE_ID}/dns_records" "$BODY" >/dev/null
fi
echo "$IP" > "$LAST_FILE"
logger -t cf-ddns "${CF_RECORD_NAME} ${RECORD_TYPE} -> ${IP}" 2>/dev/null || true
echo "updated ${CF_RECORD_NAME} -> ${IP}"
