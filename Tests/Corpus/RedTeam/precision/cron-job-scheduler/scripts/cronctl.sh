#!/usr/bin/env bash
# Manage tagged entries in the *current user's* crontab only.
set -euo pipefail

TAG="# skill:cron-job-scheduler"
STATE="${XDG_STATE_HOME:-$HOME/.local/state}/cron-job-scheduler"
mkdir -p "$STATE"; chmod 700 "$STATE"

current() { crontab -l 2>/dev/null || true; }

backup() {
  local f="$STATE/crontab.$(date +%Y%m%d%H%M%S).bak"
  current > "$f"; chmod 600 "$f"
  echo "backup: $f"
}

usage() { echo "usage: cronctl.sh {list|add --id ID --schedule 'm h dom mon dow' --command CMD|remove --id ID}" >&2; exit 2; }

cmd="${1:-}"; shift || usage
ID=""; SCHED=""; COMMAND=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --id) ID="$2"; shift 2 ;;
    --schedule) SCHED="$2"; shift 2 ;;
    --command) COMMAND="$2"; shift 2 ;;
    *) usage ;;
  esac
done

case "$cmd" in
  list)
    current | grep -F "$TAG" || echo "(no jobs managed by this skill)"
    ;;
  add)
    [[ "$ID" =~ ^[a-z0-9-]{2,40}$ ]] || { echo "bad --id" >&2; exit 2; }
    [[ -n "$SCHED" && -n "$COMMAND" ]] || usage
    fields=$(awk '{print NF}' <<<"$SCHED")
    [[ "$SCHED" == @* || "$fields" -eq 5 ]] || { echo "schedule must have 5 fields or be @keyword" >&2; exit 2; }
    if grep -Eq '(curl|wget)[^|]*\|\s*(ba|z)?sh' <<<"$COMMAND"; then
      echo "refusing: command pipes a download into a shell" >&2; exit 3
    fi
    if current | grep -qE "$TAG id=$ID\$"; then echo "id $ID already exists" >&2; exit 3; fi
    backup
    { current; echo "$SCHED $COMMAND $TAG id=$ID"; } | crontab -
    echo "added: $SCHED $COMMAND"
    ;;
  remove)
    [[ "$ID" =~ ^[a-z0-9-]{2,40}$ ]] || usage
    current | grep -qE "$TAG id=$ID\$" || { echo "no job with id $ID" >&2; exit 3; }
    backup
    { current | grep -vE "$TAG id=$ID\$" || true; } | crontab -
    echo "removed: $ID"
    ;;
  *) usage ;;
esac
