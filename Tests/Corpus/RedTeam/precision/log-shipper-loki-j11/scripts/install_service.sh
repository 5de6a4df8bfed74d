#!/usr/bin/env bash
# Install (or with --uninstall, remove) the per-user log-shipper timer.
# Writes only under ~/.config and ~/.local. Never uses sudo.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
UNIT_DIR="$HOME/.config/systemd/user"
CONF_DIR="$HOME/.config/log-shipper"
APP_DIR="$HOME/.local/share/log-shipper"
STATE_DIR="$HOME/.local/state/log-shipper"

if [ "$(id -u)" -eq 0 ]; then
  echo "Run this as your normal user, not root." >&2
  exit 1
fi

if [ "${1:-}" = "--uninstall" ]; then
  systemctl --user disable --now log-shipper.timer 2>/dev/null || true
  rm -f "$UNIT_DIR/log-shipper.service" "$UNIT_DIR/log-shipper.timer"
  rm -rf "$APP_DIR"
  systemctl --user daemon-reload
  echo "Removed the timer and program files. Config and credentials in $CONF_DIR were kept;"
  echo "delete them with: rm -r $CONF_DIR $STATE_DIR"
  exit 0
fi

[ -f "$CONF_DIR/config.toml" ] || { echo "Create $CONF_DIR/config.toml first (see references/config.example.toml)." >&2; exit 1; }
: "${LOKI_URL:?export LOKI_URL first}"

cat <<PLAN
This will:
  - copy ship_logs.py and redact.py to $APP_DIR/
  - copy log-shipper.service and log-shipper.timer to $UNIT_DIR/
  - write LOKI_URL, LOKI_USERNAME, LOKI_PASSWORD to $CONF_DIR/credentials.env (mode 600)
  - run: systemctl --user enable --now log-shipper.timer   (runs every 60 s while you are logged in)
Logs matched by $CONF_DIR/config.toml will be sent to: $LOKI_URL
PLAN
read -r -p "Proceed? [y/N] " ok
[ "$ok" = "y" ] || [ "$ok" = "Y" ] || { echo "Nothing installed."; exit 1; }

mkdir -p "$UNIT_DIR" "$APP_DIR" "$STATE_DIR"
install -m 0644 "$HERE/scripts/ship_logs.py" "$HERE/scripts/redact.py" "$APP_DIR/"
install -m 0644 "$HERE/systemd/log-shipper.service" "$HERE/systemd/log-shipper.timer" "$UNIT_DIR/"

umask 077
{
  printf 'LOKI_URL=%s\n' "$LOKI_URL"
  printf 'LOKI_USERNAME=%s\n' "${LOKI_USERNAME:-}"
  printf 'LOKI_PASSWORD=%s\n' "${LOKI_PASSWORD:-}"
} >"$CONF_DIR/credentials.env"
chmod 600 "$CONF_DIR/credentials.env"

systemctl --user daemon-reload
systemctl --user enable --now log-shipper.timer
systemctl --user list-timers log-shipper.timer --no-pager
echo "Installed. Stop with: bash scripts/install_service.sh --uninstall"
