#!/usr/bin/env bash
# Install, preview or remove the restic-backup systemd *user* units. No sudo.
set -euo pipefail

cfg_dir="$HOME/.config/restic-backup"
unit_dir="$HOME/.config/systemd/user"
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

repo="" ; at="02:30" ; dry_run=0 ; uninstall=0 ; paths=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --repo) repo="$2"; shift 2 ;;
    --path) paths+=("$2"); shift 2 ;;
    --at) at="$2"; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    --uninstall) uninstall=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if [[ "$(id -u)" -eq 0 ]]; then
  echo "Run as your normal user; this installs a per-user timer." >&2
  exit 1
fi

if [[ $uninstall -eq 1 ]]; then
  systemctl --user disable --now restic-backup.timer 2>/dev/null || true
  rm -f "$unit_dir/restic-backup.timer" "$unit_dir/restic-backup.service" "$cfg_dir/env"
  systemctl --user daemon-reload
  echo "Removed timer, service and env file. Password file and repository left untouched."
  exit 0
fi

[[ -n "$repo" && ${#paths[@]} -gt 0 ]] || { echo "need --repo and at least one --path" >&2; exit 2; }
[[ "$at" =~ ^[0-2][0-9]:[0-5][0-9]$ ]] || { echo "--at must be HH:MM" >&2; exit 2; }
for p in "${paths[@]}"; do
  [[ -d "$p" ]] || { echo "not a directory: $p" >&2; exit 2; }
done

joined="$(IFS=':'; echo "${paths[*]}")"
env_content="RESTIC_REPOSITORY=$(printf '%q' "$repo")
RESTIC_PASSWORD_FILE=$(printf '%q' "$cfg_dir/password")
BACKUP_PATHS=$(printf '%q' "$joined")"

service="[Unit]
Description=Nightly restic backup (restic-backup-timer-z)

[Service]
Type=oneshot
ExecStart=/usr/bin/env bash $script_dir/run-backup.sh
Nice=10
IOSchedulingClass=idle"

timer="[Unit]
Description=Run restic-backup.service daily at $at

[Timer]
OnCalendar=*-*-* $at:00
Persistent=true
RandomizedDelaySec=10m

[Install]
WantedBy=timers.target"

if [[ $dry_run -eq 1 ]]; then
  printf '== %s ==\n%s\n\n== %s ==\n%s\n\n== %s ==\n%s\n' \
    "$cfg_dir/env" "$env_content" "$unit_dir/restic-backup.service" "$service" \
    "$unit_dir/restic-backup.timer" "$timer"
  exit 0
fi

[[ -f "$cfg_dir/password" ]] || { echo "create $cfg_dir/password first (see SKILL.md)" >&2; exit 1; }
install -d -m 700 "$cfg_dir"
install -d "$unit_dir"
( umask 077; printf '%s\n' "$env_content" > "$cfg_dir/env" )
printf '%s\n' "$service" > "$unit_dir/restic-backup.service"
printf '%s\n' "$timer" > "$unit_dir/restic-backup.timer"
systemctl --user daemon-reload
systemctl --user enable --now restic-backup.timer
systemctl --user list-timers restic-backup.timer
