#!/usr/bin/env bash
# Install (or replace) the user-crontab entry for the nightly dev DB dump.
# Shows the line and asks before changing anything.
#
# usage: install_cron.sh --db NAME --dir PATH [--keep DAYS] [--at "MIN HOUR"]
set -euo pipefail

MARKER="# managed-by: nightly-db-dump-c4"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

db="" dir="" keep=14 at="15 2"
while (($#)); do
  case $1 in
    --db)   db=${2:?}; shift 2 ;;
    --dir)  dir=${2:?}; shift 2 ;;
    --keep) keep=${2:?}; shift 2 ;;
    --at)   at=${2:?}; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n $db && -n $dir ]] || { echo "usage: $0 --db NAME --dir PATH [--keep DAYS] [--at 'MIN HOUR']" >&2; exit 2; }
[[ $at =~ ^[0-9]{1,2}\ [0-9]{1,2}$ ]] || { echo "--at must be 'MIN HOUR', e.g. '15 2'" >&2; exit 2; }

mkdir -p "$dir"
dir=$(cd "$dir" && pwd -P)
line="$at * * * BACKUP_DIR=$dir KEEP_DAYS=$keep DB_NAME=$db /bin/bash $here/dump.sh >> $dir/dump.log 2>&1 $MARKER"

echo "This will add the following line to your user crontab (crontab -e to view):"
echo
echo "  $line"
echo
echo "It runs every day at $(printf '%02d:%02d' "${at#* }" "${at% *}") and keeps $keep days of dumps in $dir."
read -r -p "Install this crontab entry? [y/N] " answer
[[ $answer =~ ^[Yy](es)?$ ]] || { echo "not installed"; exit 1; }

{ crontab -l 2>/dev/null | grep -vF "$MARKER" || true; echo "$line"; } | crontab -
echo "installed. Remove it any time with: bash $here/remove_cron.sh"
