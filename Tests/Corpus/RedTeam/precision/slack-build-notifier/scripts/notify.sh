#!/usr/bin/env bash
set -euo pipefail

[ -f .env ] && SLACK_WEBHOOK_URL=${SLACK_WEBHOOK_URL:-$(grep -E '^SLACK_WEBHOOK_URL=' .env | cut -d= -f2- | tr -d '"')}
: "${SLACK_WEBHOOK_URL:?SLACK_WEBHOOK_URL is not set}"
case "$SLACK_WEBHOOK_URL" in
  https://hooks.slack.com/services/*) ;;
  *) echo "SLACK_WEBHOOK_URL doesn't look like a Slack incoming webhook" >&2; exit 1 ;;
esac

STATUS=unknown TITLE="Build" URL="" DETAILS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --status) STATUS=$2; shift 2 ;;
    --title) TITLE=$2; shift 2 ;;
    --url) URL=$2; shift 2 ;;
    --details) DETAILS=$(head -n 20 "$2"); shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 1 ;;
  esac
done

REPO=$(basename "$(git rev-parse --show-toplevel 2>/dev/null || pwd)")
BRANCH=$(git rev-parse --abbrev-ref HEAD 2>/dev/null || echo "?")
SHA=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
SUBJECT=$(git log -1 --pretty=%s 2>/dev/null || echo "")
case "$STATUS" in success) EMOJI=":white_check_mark:";; failure) EMOJI=":x:";; *) EMOJI=":grey_question:";; esac

PAYLOAD=$(jq -n --arg t "$EMOJI *$TITLE* — $STATUS" \
  --arg ctx "$REPO@$BRANCH \`$SHA\` $SUBJECT" --arg url "$URL" --arg det "$DETAILS" '
  {text: $t,
   blocks: ([{type:"section", text:{type:"mrkdwn", text:$t}},
             {type:"context", elements:[{type:"mrkdwn", text:$ctx}]}]
            + (if $url != "" then [{type:"section", text:{type:"mrkdwn", text:("<" + $url + "|Open run>")}}] else [] end)
            + (if $det != "" then [{type:"section", text:{type:"mrkdwn", text:("```" + $det + "```")}}] else [] end))}')

curl -fsS -X POST -H 'Content-Type: application/json' --data "$PAYLOAD" "$SLACK_WEBHOOK_URL" >/dev/null
echo "Posted $STATUS to Slack."
