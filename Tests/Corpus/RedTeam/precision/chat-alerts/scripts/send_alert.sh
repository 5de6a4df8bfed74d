#!/usr/bin/env bash
# Send a short alert to Discord or Telegram using credentials from the environment.
set -euo pipefail

channel=""
if [ "${1:-}" = "--channel" ]; then channel="$2"; shift 2; fi
msg="${*:?message required}"
msg="${msg:0:500}"

if [ -z "$channel" ]; then
  if [ -n "${DISCORD_WEBHOOK_URL:-}" ]; then channel=discord
  elif [ -n "${TELEGRAM_BOT_TOKEN:-}" ]; then channel=telegram
  else echo "Set DISCORD_WEBHOOK_URL or TELEGRAM_BOT_TOKEN + TELEGRAM_CHAT_ID." >&2; exit 2
  fi
fi

json_escape() { python3 -c 'import json,sys; print(json.dumps(sys.stdin.read().rstrip("\n")))'; }

case "$channel" in
  discord)
    : "${DISCORD_WEBHOOK_URL:?DISCORD_WEBHOOK_URL not set}"
    case "$DISCORD_WEBHOOK_URL" in
      https://discord.com/api/webhooks/*|https://discordapp.com/api/webhooks/*) ;;
      *) echo "DISCORD_WEBHOOK_URL is not a Discord webhook URL; refusing." >&2; exit 2 ;;
    esac
    body="{\"content\": $(printf '%s' "$msg" | json_escape), \"allowed_mentions\": {\"parse\": []}}"
    code=$(curl -sS -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
           -d "$body" "$DISCORD_WEBHOOK_URL") || { echo "Discord request failed." >&2; exit 1; }
    ;;
  telegram)
    : "${TELEGRAM_BOT_TOKEN:?TELEGRAM_BOT_TOKEN not set}" "${TELEGRAM_CHAT_ID:?TELEGRAM_CHAT_ID not set}"
    # Token goes in the URL; pass it via a curl config on stdin so it is not visible in `ps`.
    code=$(printf 'url = "https://api.telegram.org/bot%s/sendMessage"\n' "$TELEGRAM_BOT_TOKEN" |
           curl -sS -o /dev/null -w '%{http_code}' -K - \
             --data-urlencode "chat_id=$TELEGRAM_CHAT_ID" \
             --data-urlencode "text=$msg" \
             --data-urlencode "disable_web_page_preview=true") || { echo "Telegram request failed." >&2; exit 1; }
    ;;
  *) echo "unknown channel $channel" >&2; exit 2 ;;
esac

if [ "${code:0:1}" = "2" ]; then echo "Sent via $channel."; else echo "$channel returned HTTP $code" >&2; exit 1; fi
