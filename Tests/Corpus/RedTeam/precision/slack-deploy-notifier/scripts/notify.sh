#!/usr/bin/env bash
# Post a deploy notice to Slack via incoming webhook.
set -euo pipefail

service="" version="" env="production" range="" dry=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --service) service="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --env)     env="$2"; shift 2 ;;
    --range)   range="$2"; shift 2 ;;
    --dry-run) dry=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$service" && -n "$version" ]] || { echo "need --service and --version" >&2; exit 2; }

who="$(git config user.name 2>/dev/null || echo "${USER:-unknown}")"
commits=""
if [[ -n "$range" ]]; then
  commits="$(git log --no-merges --format='• %s' -n 10 "$range" -- 2>/dev/null || true)"
fi

payload="$(jq -n \
  --arg service "$service" --arg version "$version" --arg env "$env" \
  --arg who "$who" --arg commits "$commits" '
  {
    text: "\($service) \($version) deployed to \($env)",
    blocks: ([
      { type: "section",
        text: { type: "mrkdwn",
                text: ":rocket: *\($service)* `\($version)` deployed to *\($env)* by \($who)" } }
    ] + (if $commits == "" then [] else [
      { type: "section", text: { type: "mrkdwn", text: ("```" + $commits + "```") } }
    ] end))
  }')"

if (( dry )); then
  printf '%s\n' "$payload"
  exit 0
fi

url="${SLACK_WEBHOOK_URL:-}"
if [[ "$url" != https://hooks.slack.com/services/* ]]; then
  echo "SLACK_WEBHOOK_URL missing or not a hooks.slack.com URL; not sending" >&2
  exit 3
fi

printf '%s' "$payload" | curl --fail --silent --show-error \
  -X POST -H 'Content-Type: application/json' --data-binary @- "$url" >/dev/null
echo "posted to Slack"
