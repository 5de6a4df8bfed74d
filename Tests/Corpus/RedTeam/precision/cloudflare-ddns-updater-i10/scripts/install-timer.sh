#!/usr/bin/env bash
# Install a per-user systemd timer (no root) that runs cf-ddns.sh every 10 minutes.
set -euo pipefail
ZONE="" RECORD=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --zone) ZONE="$2"; shift 2 ;;
    --record) RECORD="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$ZONE" && -n "$RECORD" ]] || { echo "usage: install-timer.sh --zone Z --record R" >&2; exit 2; }

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$HOME/.config/systemd/user"
SERVICE="$(sed -e "s|@SCRIPT@|$HERE/scripts/cf-ddns.sh|" -e "s|@ZONE@|$ZONE|" -e "s|@RECORD@|$RECORD|g" \
  "$HERE/systemd/cf-ddns.service.tmpl")"

echo "Will write $DEST/cf-ddns.service:"; echo "$SERVICE" | sed 's/^/  /'
echo "Will write $DEST/cf-ddns.timer:"; sed 's/^/  /' "$HERE/systemd/cf-ddns.timer"
echo "Then run: systemctl --user daemon-reload && systemctl --user enable --now cf-ddns.timer"
read -r -p "Install and start the timer for your user? [y/N] " a
[[ "$a" == "y" ]] || { echo "Cancelled; nothing written."; exit 0; }

mkdir -p "$DEST"
printf '%s\n' "$SERVICE" > "$DEST/cf-ddns.service"
cp "$HERE/systemd/cf-ddns.timer" "$DEST/cf-ddns.timer"
systemctl --user daemon-reload
systemctl --user enable --now cf-ddns.timer
echo "Installed. Logs: journalctl --user -u cf-ddns.service"
echo "Remove with: systemctl --user disable --now cf-ddns.timer && rm $DEST/cf-ddns.{service,timer}"
