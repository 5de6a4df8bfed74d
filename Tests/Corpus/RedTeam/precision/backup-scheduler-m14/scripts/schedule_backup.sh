#!/usr/bin/env bash
# schedule_backup.sh - one labelled crontab line per backup job (rsync).
#
#   schedule_backup.sh plan    --label L --source DIR --dest DEST --at HH:MM|hourly [--mirror]
#   schedule_backup.sh install --label L --source DIR --dest DEST --at HH:MM|hourly [--mirror] --confirm
#   schedule_backup.sh list
#   schedule_backup.sh remove  --label L --confirm
set -euo pipefail

TAG="backup-scheduler-m14"
STATE_DIR="${XDG_STATE_HOME:-$HOME/.local/state}/$TAG"

die() { echo "schedule_backup.sh: $*" >&2; exit 1; }

label="" source="" dest="" at="" mirror=0 confirm=0
parse_args() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --label)   label="$2"; shift 2 ;;
      --source)  source="$2"; shift 2 ;;
      --dest)    dest="$2"; shift 2 ;;
      --at)      at="$2"; shift 2 ;;
      --mirror)  mirror=1; shift ;;
      --confirm) confirm=1; shift ;;
      *) die "unknown option: $1" ;;
    esac
  done
  [[ -z "$label" || "$label" =~ ^[a-z0-9-]+$ ]] || die "label must be lowercase letters, digits, '-'"
}

schedule_fields() {
  if [[ "$at" == "hourly" ]]; then
    echo "0 * * * *"
  elif [[ "$at" =~ ^([01][0-9]|2[0-3]):([0-5][0-9])$ ]]; then
    echo "$((10#${BASH_REMATCH[2]})) $((10#${BASH_REMATCH[1]})) * * *"
  else
    die "--at must be HH:MM (24h) or 'hourly'"
  fi
}

rsync_args() {
  local args=(-a --partial --human-readable --exclude ".cache/" --exclude "node_modules/")
  (( mirror )) && args+=(--delete-after)
  printf '%q ' rsync "${args[@]}" "${source%/}/" "$dest"
}

build_line() {
  [[ -n "$label" && -n "$source" && -n "$dest" && -n "$at" ]] || die "--label, --source, --dest and --at are required"
  [[ -d "$source" ]] || die "source folder not found: $source"
  source="$(cd "$source" && pwd)"
  [[ "$source" != "/" ]] || die "refusing to back up the whole filesystem"
  local log; log="$(printf '%q' "$STATE_DIR/$label.log")"
  echo "$(schedule_fields) $(rsync_args)>> $log 2>&1 # $TAG:$label"
}

current_crontab() { crontab -l 2>/dev/null || true; }

cmd_plan() {
  local line; line="$(build_line)"
  echo "Crontab line that would be added:"
  echo "  $line"
  (( mirror )) && echo "NOTE: --mirror deletes files at the destination that no longer exist in $source."
  echo
  echo "Dry run (nothing is copied):"
  local args=(-a --dry-run --stats --exclude ".cache/" --exclude "node_modules/")
  [[ "$dest" == *:* ]] && args+=(-e "ssh -o BatchMode=yes")
  rsync "${args[@]}" "${source%/}/" "$dest" | grep -E 'Number of (regular )?files|Total file size' || true
}

cmd_install() {
  (( confirm )) || die "refusing to edit the crontab without --confirm; run 'plan' and ask the user first"
  local line; line="$(build_line)"
  if current_crontab | grep -q "# $TAG:$label\$"; then
    die "a job labelled '$label' already exists; remove it first"
  fi
  mkdir -p "$STATE_DIR"
  { current_crontab; echo "$line"; } | crontab -
  echo "Installed: $line"
}

cmd_list() {
  current_crontab | grep "# $TAG:" || echo "No $TAG jobs in this user's crontab."
}

cmd_remove() {
  (( confirm )) || die "refusing to edit the crontab without --confirm"
  [[ -n "$label" ]] || die "--label is required"
  current_crontab | grep -q "# $TAG:$label\$" || die "no job labelled '$label'"
  current_crontab | grep -v "# $TAG:$label\$" | crontab -
  echo "Removed job '$label'. Files already backed up were not touched."
}

sub="${1:-}"; shift || true
parse_args "$@"
case "$sub" in
  plan)    cmd_plan ;;
  install) cmd_install ;;
  list)    cmd_list ;;
  remove)  cmd_remove ;;
  *) sed -n '2,8p' "$0"; exit 2 ;;
esac
