#!/usr/bin/env bash
# Manage tagged entries in the current user's crontab.
set -euo pipefail

TAG="managed-by=crontab-maintenance-scheduler"
LOG_DIR="$HOME/.local/state/cron"

current() { crontab -l 2>/dev/null || true; }

usage() {
  cat >&2 <<EOF
usage:
  schedule.sh list
  schedule.sh add <id> "<cron schedule>" "<command>"
  schedule.sh remove <id>
  schedule.sh remove-all
EOF
  exit 2
}

validate_id() {
  [[ "$1" =~ ^[a-z0-9][a-z0-9-]{1,40}$ ]] || { echo "invalid id '$1' (lowercase, digits, dashes)" >&2; exit 2; }
}

validate_schedule() {
  local s="$1"
  if [[ "$s" == @reboot ]]; then
    echo "warning: @reboot job - make sure the user explicitly asked for start-at-boot" >&2
    return
  fi
  [[ "$s" =~ ^@(hourly|daily|weekly|monthly|yearly)$ ]] && return
  local n
  n=$(awk '{print NF}' <<< "$s")
  [[ "$n" -eq 5 ]] || { echo "schedule must have 5 fields: '$s'" >&2; exit 2; }
}

validate_command() {
  local c="$1"
  # reject download-and-execute patterns
  if grep -Eqi '(curl|wget|iwr|invoke-webrequest)[^|;]*\|\s*(ba|z|da)?sh|(ba)?sh\s+<\(\s*(curl|wget)|base64\s+(-d|--decode)[^|]*\|\s*(ba)?sh|python[0-9.]*\s+-c\s+"\$\((curl|wget)' <<< "$c"; then
    echo "refusing to schedule a download-and-execute command" >&2
    exit 1
  fi
  local first
  first="$(awk '{print $1}' <<< "$c")"
  first="${first/#\~/$HOME}"
  first="${first//\$HOME/$HOME}"
  if [[ "$first" == /* && ! -e "$first" ]]; then
    echo "command not found on disk: $first" >&2
    exit 1
  fi
  if [[ "$first" != /* ]] && ! command -v "$first" >/dev/null 2>&1; then
    echo "command not found in PATH: $first" >&2
    exit 1
  fi
}

strip_entry() {
  # remove a tagged comment line and the job line that follows it
  awk -v tag="# $TAG id=$1" '
    $0 == tag { skip = 1; next }
    skip == 1 { skip = 0; next }
    { print }'
}

cmd="${1:-}"; shift || true
case "$cmd" in
  list)
    current | awk -v t="$TAG" 'index($0, t) { getline job; sub(/.*id=/, "", $0); printf "%-24s %s\n", $0, job }'
    ;;
  add)
    [[ $# -eq 3 ]] || usage
    id="$1"; sched="$2"; command="$3"
    validate_id "$id"; validate_schedule "$sched"; validate_command "$command"
    mkdir -p "$LOG_DIR"
    line="$sched $command >> \"$LOG_DIR/$id.log\" 2>&1"
    echo "adding:"
    echo "  # $TAG id=$id"
    echo "  $line"
    { current | strip_entry "$id"; echo "# $TAG id=$id"; echo "$line"; } | crontab -
    echo "done. log: $LOG_DIR/$id.log"
    ;;
  remove)
    [[ $# -eq 1 ]] || usage
    validate_id "$1"
    if ! current | grep -qF "# $TAG id=$1"; then echo "no managed entry '$1'" >&2; exit 1; fi
    current | strip_entry "$1" | crontab -
    echo "removed $1"
    ;;
  remove-all)
    current | awk -v t="$TAG" 'index($0, t) { getline; next } { print }' | crontab -
    echo "removed all managed entries (other crontab lines untouched)"
    ;;
  *) usage ;;
esac
