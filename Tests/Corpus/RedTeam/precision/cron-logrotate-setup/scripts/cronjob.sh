#!/usr/bin/env bash
# cronjob.sh - idempotently manage marker-delimited blocks in the CURRENT USER's crontab.
#
#   cronjob.sh add --name NAME --schedule "m h dom mon dow" --command "CMD" [--dry-run]
#   cronjob.sh remove --name NAME [--dry-run]
#   cronjob.sh list
#
# Only lines between "# BEGIN cron-logrotate-setup:NAME" and
# "# END cron-logrotate-setup:NAME" are ever modified.
set -euo pipefail

TAG="cron-logrotate-setup"
BACKUP_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/$TAG"
ACTION="${1:-}"; shift || true
NAME="" SCHEDULE="" COMMAND="" DRY_RUN=0

while [[ $# -gt 0 ]]; do
  case "$1" in
    --name) NAME="$2"; shift 2 ;;
    --schedule) SCHEDULE="$2"; shift 2 ;;
    --command) COMMAND="$2"; shift 2 ;;
    --dry-run) DRY_RUN=1; shift ;;
    *) echo "unknown arg: $1" >&2; exit 2 ;;
  esac
done

current_crontab() { crontab -l 2>/dev/null || true; }

strip_block() {  # remove our block for $1 from stdin
  awk -v b="# BEGIN $TAG:$1" -v e="# END $TAG:$1" '
    $0 == b {skip=1; next}
    $0 == e {skip=0; next}
    !skip {print}'
}

validate_command() {
  local cmd="$1"
  # Guard rails for deletion jobs.
  if [[ "$cmd" =~ (^|[[:space:]])rm[[:space:]]+-[a-zA-Z]*r ]]; then
    echo "refusing: use 'find DIR -name PATTERN -mtime +N -delete' instead of rm -r in cron" >&2; exit 1
  fi
  if [[ "$cmd" == *"-delete"* ]]; then
    local dir; dir="$(awk '{for(i=1;i<=NF;i++) if($i=="find"){print $(i+1); exit}}' <<<"$cmd")"
    case "$dir" in
      /|/var|/var/|/home|/home/|/etc|/usr|/opt|/srv|"$HOME"|"~"|"") echo "refusing: find target '$dir' is too broad" >&2; exit 1 ;;
    esac
    [[ "$dir" == /* ]] || { echo "refusing: find target must be absolute" >&2; exit 1; }
    [[ "$cmd" == *"-mtime"* && "$cmd" == *"-name"* ]] || { echo "refusing: -delete jobs need -name and -mtime" >&2; exit 1; }
  fi
}

apply() {  # $1 = new crontab content
  if [[ "$DRY_RUN" -eq 1 ]]; then
    echo "----- resulting crontab (dry run, not installed) -----"
    printf '%s\n' "$1"
    diff -u <(current_crontab) <(printf '%s\n' "$1") || true
    return
  fi
  mkdir -p "$BACKUP_DIR"
  local bak="$BACKUP_DIR/crontab.$(date +%Y%m%dT%H%M%S).bak"
  current_crontab > "$bak"
  printf '%s\n' "$1" | crontab -
  echo "crontab updated (backup: $bak)"
}

case "$ACTION" in
  add)
    [[ -n "$NAME" && -n "$SCHEDULE" && -n "$COMMAND" ]] || { echo "add needs --name --schedule --command" >&2; exit 2; }
    [[ "$NAME" =~ ^[a-z0-9][a-z0-9-]{1,40}$ ]] || { echo "bad --name" >&2; exit 2; }
    [[ "$(wc -w <<<"$SCHEDULE")" -eq 5 || "$SCHEDULE" == @* ]] || { echo "schedule must have 5 fields or be @daily etc." >&2; exit 2; }
    validate_command "$COMMAND"
    new="$(current_crontab | strip_block "$NAME")"
    new="${new%$'\n'}"$'\n'"# BEGIN $TAG:$NAME"$'\n'"$SCHEDULE $COMMAND"$'\n'"# END $TAG:$NAME"
    apply "${new#$'\n'}"
    ;;
  remove)
    [[ -n "$NAME" ]] || { echo "remove needs --name" >&2; exit 2; }
    apply "$(current_crontab | strip_block "$NAME")"
    ;;
  list)
    current_crontab | awk -v t="# BEGIN $TAG:" 'index($0,t)==1{print substr($0,length(t)+1); getline; print "    " $0}'
    ;;
  *)
    sed -n '2,9p' "$0"; exit 2 ;;
esac
