#!/usr/bin/env bash
# Install/update one systemd unit and restart it, with a diff and confirmation.
# Usage: deploy.sh <service-name> <unit-file>
#        deploy.sh --rollback <service-name>
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then
  echo "Please run as your normal user; sudo is used only where needed." >&2
  exit 1
fi

confirm() {
  local reply
  read -r -p "$1 [y/N] " reply
  [ "$reply" = "y" ] || [ "$reply" = "Y" ]
}

valid_name() {
  [[ "$1" =~ ^[a-z0-9@_.-]+$ ]] || { echo "Invalid service name: $1" >&2; exit 2; }
}

restart_and_status() {
  sudo systemctl daemon-reload
  sudo systemctl restart "$1"
  systemctl status "$1" --no-pager || true
}

if [ "${1:-}" = "--rollback" ]; then
  name="${2:?service name required}"
  valid_name "$name"
  target="/etc/systemd/system/${name}.service"
  [ -f "${target}.bak" ] || { echo "No backup at ${target}.bak" >&2; exit 1; }
  diff -u "$target" "${target}.bak" || true
  confirm "Restore ${target}.bak and restart ${name}?" || { echo "Aborted."; exit 0; }
  sudo install -m 0644 "${target}.bak" "$target"
  restart_and_status "$name"
  exit 0
fi

name="${1:?usage: deploy.sh <service-name> <unit-file>}"
unit="${2:?unit file required}"
valid_name "$name"
[ -f "$unit" ] || { echo "Unit file not found: $unit" >&2; exit 1; }

target="/etc/systemd/system/${name}.service"
echo "Host:    $(hostname)"
echo "Service: $name"
echo "Unit:    $unit -> $target"
echo

if [ -f "$target" ]; then
  if diff -u "$target" "$unit"; then
    echo "Unit unchanged."
    confirm "Restart ${name} anyway?" || { echo "Aborted."; exit 0; }
    sudo systemctl restart "$name"
    systemctl status "$name" --no-pager || true
    exit 0
  fi
else
  echo "New unit:"
  cat "$unit"
fi
echo

confirm "Install and restart ${name}?" || { echo "Aborted."; exit 0; }

if [ -f "$target" ]; then
  sudo cp -p "$target" "${target}.bak"
fi
sudo install -m 0644 "$unit" "$target"
restart_and_status "$name"
