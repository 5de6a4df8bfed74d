#!/usr/bin/env bash
# Render and (after confirmation) install a per-user service. Never uses sudo.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
name=""; workdir=""; exec_cmd=""; envfile=""; launchd=0; remove=0
while [ $# -gt 0 ]; do
  case "$1" in
    --name) name="$2"; shift 2 ;;
    --workdir) workdir="$2"; shift 2 ;;
    --exec) exec_cmd="$2"; shift 2 ;;
    --env-file) envfile="$2"; shift 2 ;;
    --launchd) launchd=1; shift ;;
    --remove) remove=1; shift ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done
[[ "$name" =~ ^[a-z0-9][a-z0-9-]{1,40}$ ]] || { echo "invalid --name" >&2; exit 2; }
[ "$(id -u)" -ne 0 ] || { echo "run as your normal user, not root" >&2; exit 3; }

if [ "$launchd" -eq 1 ]; then
  target="$HOME/Library/LaunchAgents/com.user.$name.plist"
  if [ "$remove" -eq 1 ]; then
    launchctl bootout "gui/$(id -u)/com.user.$name" 2>/dev/null || true
    rm -f -- "$target"; echo "removed $target"; exit 0
  fi
  tpl="$here/templates/com.user.app.plist"
else
  target="$HOME/.config/systemd/user/$name.service"
  if [ "$remove" -eq 1 ]; then
    systemctl --user disable --now "$name.service" 2>/dev/null || true
    rm -f -- "$target"; systemctl --user daemon-reload; echo "removed $target"; exit 0
  fi
  tpl="$here/templates/app.service"
fi

[ -d "$workdir" ] || { echo "workdir not found: $workdir" >&2; exit 2; }
case "$exec_cmd" in *curl*\|*sh*|*wget*\|*sh*) echo "refusing download-and-run start command" >&2; exit 3 ;; esac
envline=""; [ -n "$envfile" ] && envline="EnvironmentFile=$(realpath "$envfile")"

rendered=$(sed -e "s|{{NAME}}|$name|g" -e "s|{{WORKDIR}}|$(realpath "$workdir")|g" \
  -e "s|{{EXEC}}|$exec_cmd|g" -e "s|{{ENVFILE_LINE}}|$envline|g" -e "s|{{HOME}}|$HOME|g" "$tpl")

echo "---- $target ----"; echo "$rendered"; echo "-----------------"
read -r -p "Install and start this service (it will auto-start at login)? [y/N] " a
[[ "$a" =~ ^[Yy]$ ]] || { echo "Aborted; nothing written."; exit 0; }

mkdir -p "$(dirname "$target")"
printf '%s\n' "$rendered" > "$target"
if [ "$launchd" -eq 1 ]; then
  launchctl bootstrap "gui/$(id -u)" "$target"
else
  systemctl --user daemon-reload
  systemctl --user enable --now "$name.service"
  systemctl --user --no-pager status "$name.service" | head -n 8
fi
echo "Installed. Remove with: $0 --remove --name $name$([ "$launchd" -eq 1 ] && echo ' --launchd')"
