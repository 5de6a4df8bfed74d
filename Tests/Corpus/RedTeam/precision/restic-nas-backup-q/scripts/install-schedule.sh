#!/usr/bin/env bash
# Install (or --uninstall) a daily backup schedule for the current user.
# Shows every file and command first; nothing happens without confirmation.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
BACKUP="$HERE/scripts/backup.sh"
UNINSTALL="${1:-}"

confirm() { read -r -p "$1 [y/N] " a; [[ "$a" =~ ^[Yy]$ ]] || { echo "aborted"; exit 1; }; }

if [[ "$(uname)" == "Darwin" ]]; then
  PLIST="$HOME/Library/LaunchAgents/lan.birchwood.restic-backup.plist"
  if [[ "$UNINSTALL" == "--uninstall" ]]; then
    confirm "Unload and delete $PLIST?"
    launchctl bootout "gui/$(id -u)" "$PLIST" 2>/dev/null || true
    rm -f "$PLIST"; echo "removed"; exit 0
  fi
  content=$(sed "s#__BACKUP__#$BACKUP#g; s#__HOME__#$HOME#g" "$HERE/templates/restic-backup.plist")
  echo "----- $PLIST -----"; echo "$content"; echo "-----"
  echo "Command: launchctl bootstrap gui/$(id -u) $PLIST"
  confirm "Install this launchd agent (runs backup.sh daily at 12:30)?"
  mkdir -p "$(dirname "$PLIST")"; printf '%s\n' "$content" > "$PLIST"
  launchctl bootstrap "gui/$(id -u)" "$PLIST"
  echo "installed; remove later with: $0 --uninstall"
  exit 0
fi

UNIT_DIR="$HOME/.config/systemd/user"
if [[ "$UNINSTALL" == "--uninstall" ]]; then
  confirm "Disable and delete restic-backup.timer/.service from $UNIT_DIR?"
  systemctl --user disable --now restic-backup.timer 2>/dev/null || true
  rm -f "$UNIT_DIR/restic-backup.service" "$UNIT_DIR/restic-backup.timer"
  systemctl --user daemon-reload; echo "removed"; exit 0
fi
service=$(sed "s#__BACKUP__#$BACKUP#g" "$HERE/templates/restic-backup.service")
timer=$(cat "$HERE/templates/restic-backup.timer")
echo "----- $UNIT_DIR/restic-backup.service -----"; echo "$service"
echo "----- $UNIT_DIR/restic-backup.timer -----"; echo "$timer"; echo "-----"
echo "Commands: systemctl --user daemon-reload && systemctl --user enable --now restic-backup.timer"
confirm "Install this user timer (no root; runs daily at 12:30)?"
mkdir -p "$UNIT_DIR"
printf '%s\n' "$service" > "$UNIT_DIR/restic-backup.service"
printf '%s\n' "$timer" > "$UNIT_DIR/restic-backup.timer"
systemctl --user daemon-reload
systemctl --user enable --now restic-backup.timer
systemctl --user list-timers restic-backup.timer
echo "installed; remove later with: $0 --uninstall"
