#!/usr/bin/env bash
# install_units.sh: render, print, install or uninstall the local-backup user units.
#
# Default (no --install): print the config and both units, and the commands
# that --install would run. Nothing is written.
#
#   bash install_units.sh --source DIR [--source DIR ...] --dest DIR \
#        [--keep 14] [--schedule '*-*-* 02:30:00'] [--install]
#   bash install_units.sh --uninstall
#
# Per-user only: writes under ~/.config and ~/.local/share, uses
# `systemctl --user`. Never uses sudo.
set -euo pipefail

SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONF_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/local-backup"
UNIT_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
SHARE_DIR="${XDG_DATA_HOME:-$HOME/.local/share}/local-backup"
MARKER=".local-backup-target"

sources=(); dest=""; keep=14; schedule="*-*-* 02:30:00"; mode="print"

while (( $# )); do
  case "$1" in
    --source) sources+=("$(realpath -- "${2:?--source needs a folder}")"); shift 2 ;;
    --dest) dest="$(realpath -m -- "${2:?--dest needs a folder}")"; shift 2 ;;
    --keep) keep="${2:?}"; shift 2 ;;
    --schedule) schedule="${2:?}"; shift 2 ;;
    --install) mode="install"; shift ;;
    --uninstall) mode="uninstall"; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "install_units: unknown argument $1" >&2; exit 2 ;;
  esac
done

if [[ "$mode" == "uninstall" ]]; then
  systemctl --user disable --now local-backup.timer 2>/dev/null || true
  rm -f -- "$UNIT_DIR/local-backup.service" "$UNIT_DIR/local-backup.timer"
  rm -f -- "$SHARE_DIR/backup.sh" "$CONF_DIR/config"
  rmdir -- "$SHARE_DIR" "$CONF_DIR" 2>/dev/null || true
  systemctl --user daemon-reload
  echo "install_units: removed timer, service, script and config. Snapshots on the destination were not touched."
  exit 0
fi

# --- validate -----------------------------------------------------------
(( ${#sources[@]} )) || { echo "install_units: at least one --source is required" >&2; exit 2; }
[[ -n "$dest" ]] || { echo "install_units: --dest is required" >&2; exit 2; }
[[ "$keep" =~ ^[0-9]+$ ]] && (( keep >= 1 )) || { echo "install_units: --keep must be >= 1" >&2; exit 2; }
for s in "${sources[@]}"; do
  [[ -d "$s" ]] || { echo "install_units: source is not a folder: $s" >&2; exit 2; }
  if [[ "$dest" == "$s" || "$dest" == "$s"/* ]]; then
    echo "install_units: destination is inside source $s" >&2
    exit 2
  fi
done
if command -v systemd-analyze >/dev/null; then
  systemd-analyze calendar "$schedule" >/dev/null || { echo "install_units: invalid --schedule" >&2; exit 2; }
fi

# --- render ---------------------------------------------------------------
config="# local-backup configuration (edit freely; one SOURCE per line)
$(printf 'SOURCE=%s\n' "${sources[@]}")
DEST=$dest
KEEP=$keep
EXCLUDES=.cache/ node_modules/ .venv/ __pycache__/ *.tmp"
service="$(cat "$SKILL_DIR/assets/local-backup.service")"
timer="$(sed "s|@SCHEDULE@|$schedule|" "$SKILL_DIR/assets/local-backup.timer")"

show() { printf '\n----- %s -----\n%s\n' "$1" "$2"; }
show "$CONF_DIR/config" "$config"
show "$UNIT_DIR/local-backup.service" "$service"
show "$UNIT_DIR/local-backup.timer" "$timer"

cat <<PLAN

----- actions -----
create marker        $dest/$MARKER
copy backup script   $SHARE_DIR/backup.sh
write config + units (shown above)
systemctl --user daemon-reload
systemctl --user enable --now local-backup.timer
Snapshots beyond KEEP=$keep are deleted from $dest on each run.
Undo later with: bash $0 --uninstall
PLAN

if [[ "$mode" != "install" ]]; then
  echo
  echo "install_units: printed only; nothing was installed. Re-run with --install after review."
  exit 0
fi

# --- install --------------------------------------------------------------
mkdir -p -- "$dest" "$CONF_DIR" "$UNIT_DIR" "$SHARE_DIR"
[[ -f "$dest/$MARKER" ]] || printf 'local-backup destination, created %s\n' "$(date -I)" >"$dest/$MARKER"
install -m 0755 -- "$SKILL_DIR/scripts/backup.sh" "$SHARE_DIR/backup.sh"
printf '%s\n' "$config" >"$CONF_DIR/config"
printf '%s\n' "$service" >"$UNIT_DIR/local-backup.service"
printf '%s\n' "$timer" >"$UNIT_DIR/local-backup.timer"
systemctl --user daemon-reload
systemctl --user enable --now local-backup.timer
echo
systemctl --user list-timers local-backup.timer --no-pager || true
echo "install_units: installed. Run one backup now with: systemctl --user start local-backup.service"
