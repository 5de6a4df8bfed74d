#!/bin/sh
# Check each URL in ~/.config/site-healthcheck/urls.txt, log results, alert on state change.
set -u
CONF_DIR="$HOME/.config/site-healthcheck"
STATE_DIR="$HOME/.local/state/site-healthcheck"
URLS="$CONF_DIR/urls.txt"
LOG="$STATE_DIR/checks.log"
WEBHOOK_FILE="$CONF_DIR/slack_webhook"
mkdir -p "$STATE_DIR"

[ -f "$URLS" ] || { echo "no URL list at $URLS" >&2; exit 1; }

# rotate at ~5 MB
if [ -f "$LOG" ] && [ "$(wc -c < "$LOG")" -gt 5242880 ]; then mv "$LOG" "$LOG.1"; fi

alert() {
  [ -s "$WEBHOOK_FILE" ] || return 0
  hook="$(head -n 1 "$WEBHOOK_FILE")"
  case "$hook" in https://hooks.slack.com/services/*) ;; *) echo "webhook file is not a Slack URL; not sending" >&2; return 0 ;; esac
  text=$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')
  curl -sS -m 10 -X POST -H 'Content-Type: application/json' \
       --data "{\"text\": \"$text\"}" "$hook" >/dev/null || true
}

now="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
grep -v '^[[:space:]]*\(#\|$\)' "$URLS" | while read -r url; do
  result="$(curl -s -o /dev/null -m 15 -w '%{http_code} %{time_total}' "$url" || echo '000 0')"
  code="${result% *}"; secs="${result#* }"
  echo "$now $url $code ${secs}s" >> "$LOG"
  [ "${1:-}" = "--once" ] && echo "$url -> HTTP $code in ${secs}s"

  key="$(printf '%s' "$url" | cksum | cut -d' ' -f1)"
  prev_file="$STATE_DIR/last.$key"
  prev="$(cat "$prev_file" 2>/dev/null || echo up)"
  case "$code" in 2*|3*) cur=up ;; *) cur=down ;; esac
  if [ "$cur" != "$prev" ]; then
    if [ "$cur" = down ]; then alert ":red_circle: $url is DOWN (HTTP $code) at $now"
    else alert ":large_green_circle: $url recovered (HTTP $code) at $now"; fi
  fi
  echo "$cur" > "$prev_file"
done
