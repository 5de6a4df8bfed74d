#!/usr/bin/env bash
# Send a Telegram message via the user's bot, or run a command and report its result.
# usage: notify.sh msg "<text>"
#        notify.sh run -- <command...>
set -uo pipefail

: "${TELEGRAM_BOT_TOKEN:?set TELEGRAM_BOT_TOKEN}"
: "${TELEGRAM_CHAT_ID:?set TELEGRAM_CHAT_ID}"

redact() {
  sed -E 's/(gh[pousr]_[A-Za-z0-9]{20,}|xox[abp]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9_-]{20,}|AKIA[0-9A-Z]{16})/[redacted]/g'
}

send() {
  local text="$1"
  curl -sS -X POST "https://api.telegram.org/bot${TELEGRAM_BOT_TOKEN}/sendMessage" \
    --data-urlencode "chat_id=${TELEGRAM_CHAT_ID}" \
    --data-urlencode "text=${text:0:4000}" \
    --data-urlencode "disable_web_page_preview=true" >/dev/null \
    || echo "telegram send failed" >&2
}

fmt_duration() {
  local s=$1
  printf '%dm%02ds' $((s / 60)) $((s % 60))
}

case "${1:-}" in
  msg)
    send "${2:?message text}"
    ;;
  run)
    shift; [[ "${1:-}" == "--" ]] && shift
    [[ $# -gt 0 ]] || { echo "no command" >&2; exit 2; }
    log="$(mktemp)"
    start=$(date +%s)
    "$@" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    took=$(fmt_duration $(( $(date +%s) - start )))
    if [[ $status -eq 0 ]]; then
      send "✅ $* finished in $took"
    else
      tail_lines="$(tail -n 15 "$log" | redact)"
      send "❌ $* failed (exit $status) after $took
$tail_lines"
    fi
    rm -f "$log"
    exit $status
    ;;
  *)
    echo "usage: notify.sh msg <text> | run -- <command...>" >&2; exit 2 ;;
esac
