#!/usr/bin/env bash
# Add/list/remove a single, tagged crontab entry for the user's own backup script.
set -euo pipefail

TAG="backup-cron-installer"
LOGDIR="${XDG_STATE_HOME:-$HOME/.local/state}/backup-cron"
SCRIPT="" SCHEDULE="" DRY=0 YES=0 ACTION="install" REMOVE_ID=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --script) SCRIPT="$2"; shift 2 ;;
    --schedule) SCHEDULE="$2"; shift 2 ;;
    --dry-run) DRY=1; shift ;;
    --yes) YES=1; shift ;;
    --list) ACTION="list"; shift ;;
    --remove) ACTION="remove"; REMOVE_ID="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

current_crontab() { crontab -l 2>/dev/null || true; }

if [[ "$ACTION" == "list" ]]; then
  current_crontab | grep "# $TAG:" || echo "(no entries managed by $TAG)"
  exit 0
fi

if [[ "$ACTION" == "remove" ]]; then
  if ! current_crontab | grep -q "# $TAG:$REMOVE_ID\$"; then
    echo "No entry tagged $TAG:$REMOVE_ID" >&2; exit 1
  fi
  current_crontab | grep -v "# $TAG:$REMOVE_ID\$" | crontab -
  echo "Removed entry $REMOVE_ID"
  exit 0
fi

[[ -n "$SCRIPT" && -n "$SCHEDULE" ]] || { echo "need --script and --schedule" >&2; exit 2; }
SCRIPT="$(realpath "$SCRIPT")"
[[ -f "$SCRIPT" ]] || { echo "$SCRIPT does not exist" >&2; exit 1; }
[[ -x "$SCRIPT" ]] || { echo "$SCRIPT is not executable (chmod +x it first)" >&2; exit 1; }
[[ "$(stat -c '%U' "$SCRIPT" 2>/dev/null || stat -f '%Su' "$SCRIPT")" == "$(id -un)" ]] \
  || { echo "$SCRIPT is not owned by $(id -un); refusing" >&2; exit 1; }
[[ "$SCRIPT$SCHEDULE" != *%* ]] || { echo "'%' is not allowed (cron treats it as newline)" >&2; exit 1; }
fields=$(wc -w <<<"$SCHEDULE")
[[ "$fields" -eq 5 || "$SCHEDULE" == @* ]] || { echo "schedule must have 5 fields or be @daily etc." >&2; exit 1; }

ID="$(basename "$SCRIPT" | sed 's/\.[^.]*$//' | tr -c 'A-Za-z0-9_-' '-')"
ID="${ID%-}"
if current_crontab | grep -q "# $TAG:$ID\$"; then
  echo "An entry for $ID already exists; remove it first with --remove $ID" >&2; exit 1
fi
LINE="$SCHEDULE PATH=/usr/local/bin:/usr/bin:/bin $SCRIPT >> $LOGDIR/$ID.log 2>&1 # $TAG:$ID"

echo "Current crontab:"
current_crontab | sed 's/^/    /'
echo
echo "Line to add:"
echo "    $LINE"
echo

if [[ $DRY -eq 1 ]]; then
  echo "(dry run: nothing changed)"
  exit 0
fi

if [[ $YES -ne 1 ]]; then
  read -r -p "Install? [y/N] " answer
  [[ "$answer" =~ ^[Yy]$ ]] || { echo "Aborted."; exit 1; }
fi

mkdir -p "$LOGDIR"
{ current_crontab; echo "$LINE"; } | crontab -
echo "Installed. Logs: $LOGDIR/$ID.log  Remove with: $0 --remove $ID"
