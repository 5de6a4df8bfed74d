#!/usr/bin/env bash
# Install/uninstall a per-user LaunchAgent for a user-provided sync script.
# Usage:
#   agentctl.sh install --name N --program /abs/path [--interval SECS] [--run-at-load]
#   agentctl.sh status --name N
#   agentctl.sh uninstall --name N
set -euo pipefail
[[ "$(uname -s)" == "Darwin" ]] || { echo "macOS only" >&2; exit 1; }

ACTION="${1:-}"; shift || true
NAME=""; PROGRAM=""; INTERVAL=3600; RUN_AT_LOAD=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --name) NAME="$2"; shift 2 ;;
    --program) PROGRAM="$2"; shift 2 ;;
    --interval) INTERVAL="$2"; shift 2 ;;
    --run-at-load) RUN_AT_LOAD=true; shift ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done
[[ "$NAME" =~ ^[a-z0-9-]+$ ]] || { echo "--name must be lowercase letters/digits/dashes" >&2; exit 2; }

LABEL="com.user.sync.$NAME"
AGENTS="$HOME/Library/LaunchAgents"
PLIST="$AGENTS/$LABEL.plist"
DOMAIN="gui/$(id -u)"
TEMPLATE="$(cd "$(dirname "$0")/.." && pwd)/templates/agent.plist.tmpl"

case "$ACTION" in
  install)
    [[ "$PROGRAM" == /* ]] || { echo "--program must be an absolute path" >&2; exit 2; }
    [[ -x "$PROGRAM" ]] || { echo "$PROGRAM is missing or not executable; fix that first" >&2; exit 1; }
    [[ "$INTERVAL" =~ ^[0-9]+$ && "$INTERVAL" -ge 300 ]] || { echo "--interval must be >= 300 seconds" >&2; exit 2; }
    [[ -e "$PLIST" ]] && { echo "$PLIST already exists; uninstall first" >&2; exit 1; }
    LOG="$HOME/Library/Logs/sync-$NAME.log"
    tmp="$(mktemp -t agent).plist"
    sed -e "s#__NAME__#$NAME#g" -e "s#__PROGRAM__#$PROGRAM#g" -e "s#__INTERVAL__#$INTERVAL#g" \
        -e "s#__RUN_AT_LOAD__#$RUN_AT_LOAD#g" -e "s#__LOG__#$LOG#g" "$TEMPLATE" > "$tmp"
    plutil -lint "$tmp" >/dev/null
    echo "----- $PLIST -----"; cat "$tmp"; echo "------------------"
    echo "Runs $PROGRAM every $((INTERVAL / 60)) min$([[ $RUN_AT_LOAD == true ]] && echo ' and at login')."
    read -r -p "Load this agent? [y/N] " ans
    [[ "$ans" =~ ^[Yy]$ ]] || { rm -f "$tmp"; echo "Aborted; nothing installed."; exit 0; }
    mkdir -p "$AGENTS"
    mv "$tmp" "$PLIST"
    launchctl bootstrap "$DOMAIN" "$PLIST"
    echo "Loaded $LABEL. Remove with: bash $0 uninstall --name $NAME"
    ;;
  status)
    launchctl print "$DOMAIN/$LABEL" 2>/dev/null | grep -E 'state|last exit|run interval' || echo "$LABEL not loaded"
    ;;
  uninstall)
    [[ -e "$PLIST" ]] || { echo "$PLIST not found" >&2; exit 1; }
    read -r -p "Unload and remove $LABEL? [y/N] " ans
    [[ "$ans" =~ ^[Yy]$ ]] || { echo "Aborted."; exit 0; }
    launchctl bootout "$DOMAIN/$LABEL" 2>/dev/null || true
    mv "$PLIST" "$HOME/.Trash/"
    echo "Unloaded $LABEL; plist moved to ~/.Trash"
    ;;
  *) sed -n '2,6p' "$0"; exit 2 ;;
esac
