#!/usr/bin/env bash
# Add/remove ONE crontab line for the user's own backup. Asks before changing anything.
set -euo pipefail

marker="# s3-encrypted-backup (managed by skill; remove with install-cron.sh --uninstall)"
script="$(cd "$(dirname "$0")" && pwd)/backup.sh"
state="$HOME/.local/state/s3-backup"
time="02:30" action="install"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --time) time="$2"; shift 2 ;;
    --uninstall) action="uninstall"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

current="$(crontab -l 2>/dev/null || true)"
filtered="$(printf '%s\n' "$current" | grep -vF "$marker" | grep -vF "$script" || true)"

if [[ "$action" == "uninstall" ]]; then
  printf '%s\n' "$filtered" | crontab -
  echo "Removed s3-encrypted-backup entry (if any)."
  exit 0
fi

[[ "$time" =~ ^([01][0-9]|2[0-3]):([0-5][0-9])$ ]] || { echo "time must be HH:MM" >&2; exit 2; }
h="${BASH_REMATCH[1]#0}"; m="${BASH_REMATCH[2]#0}"
line="${m:-0} ${h:-0} * * * /usr/bin/env bash '$script' >> '$state/backup.log' 2>&1"

echo "This will add to YOUR crontab (user $(id -un)):"
echo "  $marker"
echo "  $line"
read -r -p "Install? [y/N] " ans
[[ "$ans" == [yY] ]] || { echo "Not installed."; exit 1; }

mkdir -p "$state"
{ printf '%s\n' "$filtered" | sed '/^$/d'; echo "$marker"; echo "$line"; } | crontab -
echo "Installed. View with: crontab -l"
