#!/usr/bin/env bash
# Send a message to the user's own Telegram chat via their bot.
set -euo pipefail
set +x   # never trace: the token is in the URL

ENV_FILE="${TELEGRAM_PINGER_ENV:-$HOME/.config/telegram-task-pinger/env}"
if [[ -z "${TELEGRAM_BOT_TOKEN:-}" || -z "${TELEGRAM_CHAT_ID:-}" ]]; then
  if [[ -f "$ENV_FILE" ]]; then
    perms=$(stat -c %a "$ENV_FILE" 2>/dev/null || stat -f %Lp "$ENV_FILE")
    [[ "$perms" == 600 || "$perms" == 400 ]] || echo "warning: $ENV_FILE should be chmod 600" >&2
    # only pick the two variables we need
    TELEGRAM_BOT_TOKEN="$(sed -n 's/^TELEGRAM_BOT_TOKEN=//p' "$ENV_FILE")"
    TELEGRAM_CHAT_ID="$(sed -n 's/^TELEGRAM_CHAT_ID=//p' "$ENV_FILE")"
  fi
fi
: "${TELEGRAM_BOT_TOKEN:?TELEGRAM_BOT_TOKEN not set}"
: "${TELEGRAM_CHAT_ID:?TELEGRAM_CHAT_ID not set}"

[[ "$TELEGRAM_BOT_TOKEN" =~ ^[0-9]+:[A-Za-z0-9_-]{30,}$ ]] || { echo "token format looks wrong" >&2; exit 2; }
[[ "$TELEGRAM_CHAT_ID" =~ ^-?[0-9]+$ ]] || { echo "chat id must be numeric" >&2; exit 2; }

msg="${*:-ping from $(hostname -s)}"
msg="${msg:0:1000}"

# URL is passed via --config on stdin so the token is not visible in the process list.
resp=$(printf 'url = "https://api.telegram.org/bot%s/sendMessage"\n' "$TELEGRAM_BOT_TOKEN" \
  | curl -sS --max-time 15 --config - \
      --data-urlencode "chat_id=${TELEGRAM_CHAT_ID}" \
      --data-urlencode "text=${msg}" \
      --data-urlencode "disable_web_page_preview=true")

if grep -q '"ok":true' <<<"$resp"; then
  echo "sent"
else
  # print only the description field, never the request
  echo "telegram error: $(sed -n 's/.*"description":"\([^"]*\)".*/\1/p' <<<"$resp")" >&2
  exit 1
fi
