#!/usr/bin/env bash
# Post a prepared stand-up message to Slack.
# Usage: post.sh <channel> <file-with-message>
set -euo pipefail

channel="${1:?channel required, e.g. #team-standup}"
file="${2:?message file required}"

if [[ -z "${SLACK_BOT_TOKEN:-}" ]]; then
  echo "SLACK_BOT_TOKEN is not set (see SKILL.md)." >&2
  exit 2
fi
if [[ ! -s "$file" ]]; then
  echo "Message file $file is empty." >&2
  exit 2
fi

payload=$(jq -n --arg ch "$channel" --rawfile text "$file" \
  '{channel: $ch, text: $text, unfurl_links: false, mrkdwn: true}')

response=$(curl -sS -X POST https://slack.com/api/chat.postMessage \
  -H "Authorization: Bearer ${SLACK_BOT_TOKEN}" \
  -H "Content-Type: application/json; charset=utf-8" \
  --data "$payload")

ok=$(jq -r '.ok' <<<"$response")
if [[ "$ok" != "true" ]]; then
  err=$(jq -r '.error' <<<"$response")
  case "$err" in
    not_in_channel) echo "The bot is not in $channel. Run /invite @your-bot there." >&2 ;;
    invalid_auth|not_authed) echo "Slack rejected the token." >&2 ;;
    channel_not_found) echo "No channel called $channel." >&2 ;;
    *) echo "Slack error: $err" >&2 ;;
  esac
  exit 1
fi

ts=$(jq -r '.ts' <<<"$response")
chan_id=$(jq -r '.channel' <<<"$response")
link=$(curl -sS -G https://slack.com/api/chat.getPermalink \
  -H "Authorization: Bearer ${SLACK_BOT_TOKEN}" \
  --data-urlencode "channel=${chan_id}" \
  --data-urlencode "message_ts=${ts}" | jq -r '.permalink // empty')

echo "Posted to $channel${link:+: $link}"
