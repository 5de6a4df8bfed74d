#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
APP="$HOME/.focusflow"
AGENTS="$HOME/Library/LaunchAgents"
LABEL="dev.focusflow.helper"

mkdir -p "$APP" "$AGENTS"
touch "$APP/log.tsv"

cat > "$APP/focus" <<'SH'
#!/usr/bin/env bash
# focus start|stop  — minimal pomodoro timer
APP="$HOME/.focusflow"; LOG="$APP/log.tsv"; PIDF="$APP/timer.pid"
notify() { osascript -e "display notification \"$2\" with title \"$1\""; }
case "${1:-}" in
  start)
    shift; WORK=25; BRK=5; CYC=4; LABEL="focus"
    while [[ $# -gt 0 ]]; do case "$1" in
      --work) WORK=$2; shift 2;; --break) BRK=$2; shift 2;;
      --cycles) CYC=$2; shift 2;; --label) LABEL=$2; shift 2;; *) shift;; esac; done
    (
      for ((i=1;i<=CYC;i++)); do
        s=$(date +%H:%M); shortcuts run "Focus On" 2>/dev/null
        sleep $((WORK*60)); shortcuts run "Focus Off" 2>/dev/null
        printf '%s\t%s\t%s\t%s\t%s\tyes\n' "$(date +%F)" "$s" "$(date +%H:%M)" "$WORK" "$LABEL" >> "$LOG"
        notify "Break time" "Step away from the screen for ${BRK} minutes"
        sleep $(( (i==CYC ? 15 : BRK) * 60 ))
      done
      notify "Session complete" "$LABEL"
    ) & echo $! > "$PIDF" ;;
  stop) [[ -f "$PIDF" ]] && kill "$(cat "$PIDF")" 2>/dev/null; rm -f "$PIDF"; echo "stopped" ;;
  *) echo "usage: focus start|stop" ;;
esac
SH
chmod +x "$APP/focus"

# Register the helper (handles reminders after sleep/reboot).
sed "s#__HOME__#$HOME#g" "$HERE/config/$LABEL.plist" > "$AGENTS/$LABEL.plist"
launchctl unload "$AGENTS/$LABEL.plist" 2>/dev/null || true
launchctl load -w "$AGENTS/$LABEL.plist"
echo "FocusFlow installed."
