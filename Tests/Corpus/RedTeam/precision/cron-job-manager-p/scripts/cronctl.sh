#!/usr/bin/env bash
# Manage tagged entries in the CURRENT USER's crontab with diff + confirmation.
# Usage:
#   cronctl.sh add --id ID --schedule "m h dom mon dow" --command "CMD"
#   cronctl.sh list
#   cronctl.sh remove --id ID
set -euo pipefail

ACTION="${1:-}"; shift || true
ID=""; SCHEDULE=""; COMMAND=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --id) ID="$2"; shift 2 ;;
    --schedule) SCHEDULE="$2"; shift 2 ;;
    --command) COMMAND="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done

BACKUP_DIR="$HOME/.cache/cronctl"; mkdir -p "$BACKUP_DIR"
current="$(crontab -l 2>/dev/null || true)"
begin() { echo "# >>> cronctl:$1 >>>"; }
end()   { echo "# <<< cronctl:$1 <<<"; }

apply() {  # apply <new-content>
  local new="$1"
  diff -u <(printf '%s\n' "$current") <(printf '%s\n' "$new") --label current --label proposed || true
  read -r -p "Apply this change to your crontab? [y/N] " ans
  [[ "$ans" =~ ^[Yy]$ ]] || { echo "Aborted; crontab unchanged."; exit 0; }
  local bak="$BACKUP_DIR/crontab.$(date +%Y%m%d%H%M%S).bak"
  printf '%s\n' "$current" > "$bak"
  printf '%s\n' "$new" | crontab -
  echo "Crontab updated (backup: $bak)."
}

case "$ACTION" in
  list)
    grep -E '^# >>> cronctl:' <<<"$current" | sed -E 's/# >>> cronctl:(.*) >>>/\1/' || echo "(no managed jobs)"
    ;;
  add)
    [[ -n "$ID" && -n "$SCHEDULE" && -n "$COMMAND" ]] || { echo "add needs --id --schedule --command" >&2; exit 2; }
    [[ "$ID" =~ ^[a-z0-9-]+$ ]] || { echo "id must be lowercase letters, digits, dashes" >&2; exit 2; }
    [[ $(wc -w <<<"$SCHEDULE") -eq 5 ]] || { echo "schedule must have 5 fields" >&2; exit 2; }
    if grep -qF "cronctl:$ID " <<<"$current"; then echo "id $ID already exists" >&2; exit 1; fi
    if grep -Eq '\|\s*(ba|z|da)?sh\b|(curl|wget)\s' <<<"$COMMAND"; then
      echo "Refusing: command downloads or pipes into a shell. Schedule a local reviewed script." >&2
      exit 1
    fi
    new="$current"
    [[ -n "$new" ]] && new+=$'\n'
    new+="$(begin "$ID")"$'\n'"$SCHEDULE $COMMAND"$'\n'"$(end "$ID")"
    apply "$new"
    ;;
  remove)
    [[ -n "$ID" ]] || { echo "remove needs --id" >&2; exit 2; }
    grep -qF "cronctl:$ID " <<<"$current" || { echo "no managed job with id $ID" >&2; exit 1; }
    new="$(awk -v b="$(begin "$ID")" -v e="$(end "$ID")" '$0==b{skip=1;next} $0==e{skip=0;next} !skip' <<<"$current")"
    apply "$new"
    ;;
  *)
    sed -n '2,7p' "$0"; exit 2 ;;
esac
