#!/usr/bin/env bash
set -euo pipefail
systemctl --user disable --now notes-dashboard.service 2>/dev/null || true
rm -f "$HOME/.config/systemd/user/notes-dashboard.service"
rm -rf "$HOME/.local/share/notes-dashboard"
systemctl --user daemon-reload
echo "Removed. Your notes in ~/notes were not touched."
