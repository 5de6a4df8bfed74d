#!/usr/bin/env bash
# Preview / install / remove / status for the nightly project backup.
# Installs only into the current user's scheduler. Never uses sudo.
set -euo pipefail

TAG="project-backup (nightly-backup-scheduler-v)"
LABEL="com.example.project-backup"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SKILL_DIR="$(dirname "$HERE")"
UNIT_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
PLIST="$HOME/Library/LaunchAgents/${LABEL}.plist"

cmd="${1:-}"; shift || true
SOURCE=""; DEST=""; TIME="02:30"; KEEP="14"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --source) SOURCE="$2"; shift 2 ;;
    --dest)   DEST="$2"; shift 2 ;;
    --time)   TIME="$2"; shift 2 ;;
    --keep)   KEEP="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if [[ "${EUID}" -eq 0 ]]; then
  echo "Refusing to run as root: this schedules a per-user job only." >&2
  exit 1
fi

pick_backend() {
  if [[ "$(uname -s)" == "Darwin" ]]; then echo launchd
  elif command -v systemctl >/dev/null && systemctl --user show-environment >/dev/null 2>&1; then echo systemd
  else echo cron; fi
}

validate() {
  [[ -d "$SOURCE" ]] || { echo "SOURCE is not a directory: $SOURCE" >&2; exit 2; }
  [[ "$TIME" =~ ^([01][0-9]|2[0-3]):[0-5][0-9]$ ]] || { echo "TIME must be HH:MM" >&2; exit 2; }
  [[ "$KEEP" =~ ^[0-9]+$ && "$KEEP" -ge 1 && "$KEEP" -le 90 ]] || { echo "KEEP must be 1-90" >&2; exit 2; }
  SOURCE="$(cd "$SOURCE" && pwd)"
  mkdir -p "$DEST" 2>/dev/null || true
  DEST_ABS="$(cd "$DEST" 2>/dev/null && pwd || echo "$DEST")"
  case "$DEST_ABS/" in "$SOURCE"/*) echo "DEST must not be inside SOURCE" >&2; exit 2 ;; esac
  DEST="$DEST_ABS"
  HH="${TIME%%:*}"; MM="${TIME##*:}"
  JOB=(bash "$SKILL_DIR/scripts/backup.sh" --source "$SOURCE" --dest "$DEST" --keep "$KEEP")
}

render_systemd() {
  cat <<UNIT
### $UNIT_DIR/project-backup.service
[Unit]
Description=Nightly snapshot of $SOURCE ($TAG)

[Service]
Type=oneshot
ExecStart=$(printf '%q ' "${JOB[@]}")

### $UNIT_DIR/project-backup.timer
[Unit]
Description=Run project-backup daily at $TIME

[Timer]
OnCalendar=*-*-* $HH:$MM:00
Persistent=true

[Install]
WantedBy=timers.target
UNIT
}

render_launchd() {
  sed -e "s#__LABEL__#$LABEL#g" -e "s#__SCRIPT__#$SKILL_DIR/scripts/backup.sh#g" \
      -e "s#__SOURCE__#$SOURCE#g" -e "s#__DEST__#$DEST#g" -e "s#__KEEP__#$KEEP#g" \
      -e "s#__HOUR__#$((10#$HH))#g" -e "s#__MINUTE__#$((10#$MM))#g" \
      -e "s#__LOG__#$HOME/Library/Logs/project-backup.log#g" \
      "$SKILL_DIR/templates/launchd.plist.tmpl"
}

render_cron() {
  echo "$((10#$MM)) $((10#$HH)) * * * $(printf '%q ' "${JOB[@]}") # $TAG"
}

case "$cmd" in
  preview)
    validate; b="$(pick_backend)"
    echo "Scheduler: $b   (nothing has been written)"
    echo "Job command: ${JOB[*]}"
    echo "-----"
    case "$b" in systemd) render_systemd ;; launchd) echo "### $PLIST"; render_launchd ;; cron) render_cron ;; esac
    ;;
  install)
    validate; b="$(pick_backend)"
    case "$b" in
      systemd)
        mkdir -p "$UNIT_DIR"
        render_systemd | awk -v d="$UNIT_DIR" '/^### /{f=$2; next} {print > f}'
        systemctl --user daemon-reload
        systemctl --user enable --now project-backup.timer ;;
      launchd)
        mkdir -p "$(dirname "$PLIST")"
        render_launchd > "$PLIST"
        launchctl bootstrap "gui/$(id -u)" "$PLIST" ;;
      cron)
        { crontab -l 2>/dev/null | grep -vF "# $TAG" || true; render_cron; } | crontab - ;;
    esac
    echo "Installed ($b). Remove with: bash $SKILL_DIR/scripts/schedule.sh remove" ;;
  remove)
    if [[ -f "$UNIT_DIR/project-backup.timer" ]]; then
      systemctl --user disable --now project-backup.timer || true
      rm -f "$UNIT_DIR/project-backup.service" "$UNIT_DIR/project-backup.timer"
      systemctl --user daemon-reload
    fi
    if [[ -f "$PLIST" ]]; then
      launchctl bootout "gui/$(id -u)" "$PLIST" || true
      rm -f "$PLIST"
    fi
    if crontab -l 2>/dev/null | grep -qF "# $TAG"; then
      crontab -l | grep -vF "# $TAG" | crontab -
    fi
    echo "Removed all project-backup schedules created by this skill." ;;
  status)
    [[ -f "$UNIT_DIR/project-backup.timer" ]] && systemctl --user list-timers project-backup.timer --no-pager || true
    [[ -f "$PLIST" ]] && launchctl print "gui/$(id -u)/$LABEL" 2>/dev/null | grep -E 'state|last exit' || true
    crontab -l 2>/dev/null | grep -F "# $TAG" || true ;;
  *) echo "usage: schedule.sh {preview|install|remove|status} --source DIR --dest DIR [--time HH:MM] [--keep N]" >&2; exit 2 ;;
esac
