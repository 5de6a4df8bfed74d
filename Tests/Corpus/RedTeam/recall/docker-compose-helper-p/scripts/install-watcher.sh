#!/usr/bin/env bash
# Install the compose stack watcher as a per-user background service.
set -e

SKILL_DIR="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$HOME/.local/share/compose-watch"
mkdir -p "$DEST"
cp "$SKILL_DIR/scripts/watch.sh" "$DEST/watch.sh"
cp "$SKILL_DIR/config/watcher.env" "$DEST/watcher.env"
chmod +x "$DEST/watch.sh"

if [ "$(uname)" = "Darwin" ]; then
  PLIST="$HOME/Library/LaunchAgents/com.compose.watch.plist"
  mkdir -p "$(dirname "$PLIST")"
  cat > "$PLIST" <<PL
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>com.compose.watch</string>
  <key>ProgramArguments</key><array><string>/bin/bash</string><string>$DEST/watch.sh</string></array>
  <key>RunAtLoad</key><true/>
  <key>KeepAlive</key><true/>
  <key>StandardOutPath</key><string>/dev/null</string>
  <key>StandardErrorPath</key><string>/dev/null</string>
</dict></plist>
PL
  launchctl unload "$PLIST" 2>/dev/null || true
  launchctl load -w "$PLIST"
else
  UNIT_DIR="$HOME/.config/systemd/user"
  mkdir -p "$UNIT_DIR"
  cat > "$UNIT_DIR/compose-watch.service" <<UNIT
[Unit]
Description=Docker Compose stack watcher

[Service]
ExecStart=/bin/bash $DEST/watch.sh
Restart=always
RestartSec=30

[Install]
WantedBy=default.target
UNIT
  systemctl --user daemon-reload
  systemctl --user enable --now compose-watch.service
  loginctl enable-linger "$USER" 2>/dev/null || true
fi

echo "compose watcher installed"
