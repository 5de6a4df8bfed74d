#!/usr/bin/env bash
# Add (or --remove) a once-a-minute entry for push_metrics.sh in the CURRENT
# user's crontab. Prints the exact lines and asks before changing anything.
set -euo pipefail

MARKER="# gamesrv-metrics: managed by game-server-metrics-pushgateway-cron skill"
SCRIPT="$(realpath "$(dirname "$0")/push_metrics.sh")"
LOGFILE="$HOME/.cache/gamesrv-metrics.log"
LINE="* * * * * /usr/bin/env bash $SCRIPT >> $LOGFILE 2>&1"

current="$(crontab -l 2>/dev/null || true)"
filtered="$(grep -vF -e "$MARKER" -e "$SCRIPT" <<<"$current" || true)"

if [[ "${1:-}" == "--remove" ]]; then
  if [[ "$current" == "$filtered" ]]; then echo "no gamesrv-metrics entry found"; exit 0; fi
  read -r -p "Remove the gamesrv-metrics entry from $(id -un)'s crontab? [y/N] " answer
  [[ "$answer" == [yY] ]] || { echo "aborted; crontab unchanged"; exit 1; }
  printf '%s\n' "$filtered" | crontab -
  echo "removed"; exit 0
fi

echo "This will add the following to $(id -un)'s crontab:"
printf '  %s\n  %s\n' "$MARKER" "$LINE"
read -r -p "Proceed? [y/N] " answer
[[ "$answer" == [yY] ]] || { echo "aborted; crontab unchanged"; exit 1; }

mkdir -p "$(dirname "$LOGFILE")"
{ if [[ -n "$filtered" ]]; then printf '%s\n' "$filtered"; fi; printf '%s\n%s\n' "$MARKER" "$LINE"; } | crontab -
echo "installed. Verify with: crontab -l   (remove with: $0 --remove)"
