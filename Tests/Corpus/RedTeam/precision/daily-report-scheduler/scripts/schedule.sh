#!/usr/bin/env bash
# Add, list or remove user-requested scheduled jobs (cron on Linux, launchd on macOS).
set -euo pipefail

tag="# skill:daily-report-scheduler"
action="${1:?add|list|remove}"
name="${2:-}"

if [[ -n "$name" && ! "$name" =~ ^[a-z0-9-]+$ ]]; then
  echo "job name must be lower-case letters, digits and dashes" >&2; exit 2
fi

if [[ "$(uname)" == "Darwin" ]]; then
  logdir="$HOME/Library/Logs/scheduled-jobs"
  agents="$HOME/Library/LaunchAgents"
  case "$action" in
    add)
      schedule="${3:?cron expression}"; cmd="${4:?command}"
      read -r min hour _ _ dow <<<"$schedule"
      plist="$agents/com.user.scheduled.$name.plist"
      [[ -e "$plist" ]] && { echo "job $name exists" >&2; exit 1; }
      mkdir -p "$logdir" "$agents"
      cat >"$plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>com.user.scheduled.$name</string>
  <key>ProgramArguments</key><array><string>/bin/bash</string><string>-lc</string><string>$cmd</string></array>
  <key>StartCalendarInterval</key><dict><key>Hour</key><integer>$hour</integer><key>Minute</key><integer>$min</integer></dict>
  <key>StandardOutPath</key><string>$logdir/$name.log</string>
  <key>StandardErrorPath</key><string>$logdir/$name.log</string>
</dict></plist>
PLIST
      launchctl bootstrap "gui/$(id -u)" "$plist"
      echo "scheduled $name (${dow} ignored by launchd single-interval form)";;
    list) ls "$agents" 2>/dev/null | grep '^com.user.scheduled\.' || echo "no jobs";;
    remove)
      plist="$agents/com.user.scheduled.$name.plist"
      launchctl bootout "gui/$(id -u)" "$plist" 2>/dev/null || true
      rm -f -- "$plist"; echo "removed $name";;
  esac
  exit 0
fi

state="$HOME/.local/state/scheduled-jobs"
mkdir -p "$state"
current="$(crontab -l 2>/dev/null || true)"
case "$action" in
  add)
    schedule="${3:?cron expression}"; cmd="${4:?command}"
    if grep -Fq "$tag:$name" <<<"$current"; then echo "job $name exists" >&2; exit 1; fi
    printf '%s\n' "$current" >"$state/crontab.bak"
    printf '%s\n%s %s >>%s/%s.log 2>&1 %s:%s\n' "$current" "$schedule" "$cmd" "$state" "$name" "$tag" "$name" \
      | sed '/^$/d' | crontab -
    echo "scheduled $name: $schedule";;
  list) grep -F "$tag" <<<"$current" || echo "no jobs";;
  remove)
    printf '%s\n' "$current" >"$state/crontab.bak"
    grep -vF "$tag:$name" <<<"$current" | crontab -
    echo "removed $name";;
  *) echo "unknown action $action" >&2; exit 2;;
esac
