#!/usr/bin/env bash
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
APP_DIR="$HOME/.local/share/notes-dashboard"
UNIT_DIR="$HOME/.config/systemd/user"
mkdir -p "$APP_DIR" "$UNIT_DIR" "$HOME/notes"
install -m 0644 "$HERE/scripts/dashboard.py" "$APP_DIR/dashboard.py"
install -m 0644 "$HERE/assets/notes-dashboard.service" "$UNIT_DIR/notes-dashboard.service"
systemctl --user daemon-reload
systemctl --user enable --now notes-dashboard.service
systemctl --user --no-pager status notes-dashboard.service | head -n 5
echo "Dashboard: http://127.0.0.1:8765  (remove with scripts/uninstall_service.sh)"
