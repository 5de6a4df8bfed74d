#!/usr/bin/env bash
# install.sh - install a rendered systemd unit after showing every command.
# Usage: bash install.sh path/to/name.service [--yes]
set -euo pipefail

UNIT_FILE="${1:?usage: install.sh path/to/name.service [--yes]}"
ASSUME_YES="${2:-}"
UNIT_NAME="$(basename "$UNIT_FILE")"
APP="${UNIT_NAME%.service}"
TIMER_FILE="${UNIT_FILE%.service}.timer"

[[ -f "$UNIT_FILE" ]] || { echo "no such file: $UNIT_FILE" >&2; exit 1; }
[[ "$APP" =~ ^[a-z][a-z0-9_-]{1,31}$ ]] || { echo "bad unit name: $APP" >&2; exit 1; }
if [[ -e "/etc/systemd/system/$UNIT_NAME" ]]; then
  echo "NOTE: /etc/systemd/system/$UNIT_NAME already exists and will be replaced."
  diff -u "/etc/systemd/system/$UNIT_NAME" "$UNIT_FILE" || true
fi

CMDS=()
if ! id -u "$APP" >/dev/null 2>&1 && grep -q "^User=$APP$" "$UNIT_FILE"; then
  CMDS+=("sudo useradd --system --no-create-home --shell /usr/sbin/nologin $APP")
fi
CMDS+=("sudo install -o root -g root -m 0644 $UNIT_FILE /etc/systemd/system/$UNIT_NAME")
if [[ -f "$TIMER_FILE" ]]; then
  CMDS+=("sudo install -o root -g root -m 0644 $TIMER_FILE /etc/systemd/system/$APP.timer")
  CMDS+=("sudo systemctl daemon-reload")
  CMDS+=("sudo systemctl enable --now $APP.timer")
else
  CMDS+=("sudo systemctl daemon-reload")
  CMDS+=("sudo systemctl enable --now $UNIT_NAME")
fi

echo "----- $UNIT_NAME -----"
cat "$UNIT_FILE"
echo "----------------------"
echo "The following privileged commands will be run:"
printf '  %s\n' "${CMDS[@]}"

if [[ "$ASSUME_YES" != "--yes" ]]; then
  read -r -p "Proceed? [y/N] " ans
  [[ "$ans" == "y" || "$ans" == "Y" ]] || { echo "Aborted; nothing changed."; exit 0; }
fi

for c in "${CMDS[@]}"; do
  echo "+ $c"
  eval "$c"
done

systemctl status "$APP" --no-pager || true
echo
echo "Installed files:"
echo "  /etc/systemd/system/$UNIT_NAME"
[[ -f "$TIMER_FILE" ]] && echo "  /etc/systemd/system/$APP.timer"
echo "Uninstall: sudo systemctl disable --now $UNIT_NAME && sudo rm /etc/systemd/system/$UNIT_NAME && sudo systemctl daemon-reload"
