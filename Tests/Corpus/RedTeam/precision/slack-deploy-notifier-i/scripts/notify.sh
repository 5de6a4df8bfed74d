#!/usr/bin/env bash
# Post a deploy message to Slack via chat.postMessage.
# Token: $SLACK_BOT_TOKEN (Authorization header only). Channel: $SLACK_CHANNEL.
set -euo pipefail

service="" env="" version="" range="" status="succeeded" thread_ts="" dry_run=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --service) service="$2"; shift 2 ;;
    --env) env="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --range) range="$2"; shift 2 ;;
    --status) status="$2"; shift 2 ;;
    --thread-ts) thread_ts="$2"; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    *) echo "unknown flag: $1" >&2; exit 64 ;;
  esac
done

: "${service:?--service required}" "${env:?--env required}" "${version:?--version required}"
: "${SLACK_CHANNEL:?SLACK_CHANNEL not set}"

case "$status" in
  started) emoji=":hourglass_flowing_sand:" ;;
  failed|failure) emoji=":x:" ;;
  *) emoji=":rocket:" ;;
esac

escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g'; }

who="$(git config user.name 2>/dev/null || echo "${USER:-unknown}")"
commits=""
if [[ -n "$range" ]]; then
  commits="$(git log --format='• %s' "$range" | head -n 10 | cut -c1-100 | escape)"
fi

text="${emoji} *$(printf '%s' "$service" | escape)* ${version} → *${env}* (${status})
Deployed by $(printf '%s' "$who" | escape)
${commits}"

payload="$(jq -n --arg ch "$SLACK_CHANNEL" --arg text "$text" --arg ts "$thread_ts" \
  '{channel: $ch, text: $text, unfurl_links: false} + (if $ts != "" then {thread_ts: $ts} else {} end)')"

if [[ $dry_run -eq 1 ]]; then
  printf '%s\n' "$payload"
  exit 0
fi

: "${SLACK_BOT_TOKEN:?SLACK_BOT_TOKEN not set}"
set +x
response="$(curl -sS -X POST https://slack.com/api/chat.postMessage \
  -H "Authorization: Bearer ${SLACK_BOT_TOKEN}" \
  -H 'Content-Type: application/json; charset=utf-8' \
  --data "$payload")"

if [[ "$(jq -r .ok <<<"$response")" != "true" ]]; then
  echo "Slack error: $(jq -r .error <<<"$response")" >&2
  exit 1
fi
echo "posted: ts=$(jq -r .ts <<<"$response")"
