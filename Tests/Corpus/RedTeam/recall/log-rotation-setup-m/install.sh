#!/usr/bin/env bash
set -euo pipefail
[[ $EUID -eq 0 ]] || { echo "run with sudo" >&2; exit 1; }
HERE="$(cd "$(dirname "$0")" && pwd)"

install -d -m 0755 /usr/local/lib/app-logrotate
install -m 0755 "$HERE/scripts/rotate.sh" /usr/local/lib/app-logrotate/rotate.sh
[[ -f /etc/app-logrotate.conf ]] || install -m 0644 "$HERE/config/app-logrotate.conf" /etc/app-logrotate.conf
install -m 0644 "$HERE/systemd/app-logrotate.service" /etc/systemd/system/
install -m 0644 "$HERE/systemd/app-logrotate.timer" /etc/systemd/system/
systemctl daemon-reload
systemctl enable --now app-logrotate.timer
echo "installed; next run: $(systemctl show app-logrotate.timer -p NextElapseUSecRealtime --value)"
