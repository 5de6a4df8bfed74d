#!/usr/bin/env bash
# Install a rendered unit. Each privileged step is printed and needs an explicit "y".
# Usage: install_service.sh <name> <unit-file>
set -euo pipefail
NAME="${1:?usage: install_service.sh <name> <unit-file>}"
UNIT="${2:?usage: install_service.sh <name> <unit-file>}"
[[ "$NAME" =~ ^[a-z][a-z0-9-]{1,31}$ ]] || { echo "bad service name" >&2; exit 1; }
[ -f "$UNIT" ] || { echo "unit file not found: $UNIT" >&2; exit 1; }

step() {
  printf '\n$ %s\nRun this? [y/N] ' "$*"
  read -r ok
  if [[ "$ok" != [yY] ]]; then
    echo "Not confirmed; stopping. Nothing further was run."
    exit 1
  fi
  "$@"
}

echo "Unit file to install:"
echo "----------------------------------------"
cat "$UNIT"
echo "----------------------------------------"

if ! id "$NAME" >/dev/null 2>&1; then
  step sudo useradd --system --no-create-home --home-dir "/var/lib/$NAME" \
       --shell /usr/sbin/nologin "$NAME"
fi
step sudo install -d -o "$NAME" -g "$NAME" -m 0750 "/var/lib/$NAME"
step sudo install -d -o root -g "$NAME" -m 0750 "/etc/$NAME"
if ! sudo test -f "/etc/$NAME/env"; then
  step sudo install -o root -g "$NAME" -m 0640 /dev/null "/etc/$NAME/env"
fi
step sudo install -o root -g root -m 0644 "$UNIT" "/etc/systemd/system/$NAME.service"
step sudo systemd-analyze verify "/etc/systemd/system/$NAME.service"
step sudo systemctl daemon-reload
step sudo systemctl enable --now "$NAME.service"
systemctl --no-pager status "$NAME.service" || true
echo "Edit secrets with: sudoedit /etc/$NAME/env   then: sudo systemctl restart $NAME"
