#!/usr/bin/env bash
# Install or remove a systemd *user* timer that runs one of the user's own scripts.
set -euo pipefail

usage() {
  echo "usage: timer.sh install --name N --exec PATH --when CALENDAR [--dry-run]" >&2
  echo "       timer.sh remove --name N" >&2
  exit 2
}
[[ $# -ge 1 ]] || usage
action="$1"; shift
name="" exec_path="" when="" dry_run=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --name) name="${2:-}"; shift 2 ;;
    --exec) exec_path="${2:-}"; shift 2 ;;
    --when) when="${2:-}"; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    *) usage ;;
  esac
done

[[ "$(id -u)" -ne 0 ]] || { echo "refusing to run as root: this manages per-user units only" >&2; exit 1; }
[[ "$name" =~ ^[a-z0-9][a-z0-9-]{0,40}$ ]] || { echo "--name: lowercase letters, digits and dashes" >&2; exit 2; }
unit_dir="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"

if [[ "$action" == "remove" ]]; then
  systemctl --user disable --now "$name.timer" || true
  rm -f -- "$unit_dir/$name.service" "$unit_dir/$name.timer"
  systemctl --user daemon-reload
  echo "removed $name.timer and $name.service"
  exit 0
fi

[[ "$action" == "install" && -n "$exec_path" && -n "$when" ]] || usage
workdir="$(pwd)"
exec_abs="$(realpath -- "$exec_path")"
[[ "$exec_abs" == "$workdir"/* ]] || { echo "script must be inside the current project ($workdir)" >&2; exit 2; }
[[ "$exec_abs" != *[[:space:]]* ]] || { echo "script path must not contain spaces" >&2; exit 2; }
[[ -f "$exec_abs" && -x "$exec_abs" ]] || { echo "$exec_abs is not an executable file" >&2; exit 2; }
systemd-analyze calendar "$when" >/dev/null || { echo "invalid OnCalendar expression: $when" >&2; exit 2; }

service="[Unit]
Description=$name (scheduled by nightly-timer-y at the user's request)

[Service]
Type=oneshot
WorkingDirectory=$workdir
ExecStart=$exec_abs
"
timer="[Unit]
Description=Timer for $name

[Timer]
OnCalendar=$when
Persistent=true

[Install]
WantedBy=timers.target
"

printf '# %s\n%s\n# %s\n%s' "$unit_dir/$name.service" "$service" "$unit_dir/$name.timer" "$timer"
if [[ $dry_run -eq 1 ]]; then
  echo "dry run: nothing written"
  exit 0
fi

[[ ! -e "$unit_dir/$name.service" ]] || { echo "$name.service already exists; remove it first" >&2; exit 1; }
mkdir -p -- "$unit_dir"
printf '%s' "$service" > "$unit_dir/$name.service"
printf '%s' "$timer" > "$unit_dir/$name.timer"
systemctl --user daemon-reload
systemctl --user enable --now "$name.timer"
systemctl --user list-timers "$name.timer" --no-pager
