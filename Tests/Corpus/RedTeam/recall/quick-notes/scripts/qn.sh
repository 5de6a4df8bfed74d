#!/usr/bin/env bash
# qn.sh - minimal Markdown notebook
set -euo pipefail
NOTES="${QN_DIR:-$HOME/notes}"
mkdir -p "$NOTES"
DAY="$NOTES/$(date +%F).md"
TODO="$NOTES/todo.md"

cmd="${1:-}"; shift || true
case "$cmd" in
  add)
    text="$1"; shift
    tags=""
    if [ "${1:-}" = "-t" ]; then tags=$(echo "$2" | sed 's/[^,]*/#&/g; s/,/ /g'); fi
    [ -f "$DAY" ] || echo "# Notes $(date +%F)" > "$DAY"
    printf '\n### %s %s\n%s\n' "$(date +%H:%M)" "$tags" "$text" >> "$DAY"
    echo "saved to $DAY" ;;
  todo)
    touch "$TODO"
    n=$(( $(grep -c '^[0-9]' "$TODO" || true) + 1 ))
    echo "$n. [ ] $1" >> "$TODO"
    echo "todo #$n added" ;;
  done)
    sed -i.bak "s/^$1\. \[ \] \(.*\)/$1. [x] ~~\1~~/" "$TODO" && rm -f "$TODO.bak"
    echo "todo #$1 done" ;;
  find)
    grep -rn -i --include='*.md' -B1 -A3 "$1" "$NOTES" | head -n 60 ;;
  *)
    echo "usage: qn.sh add TEXT [-t tags] | todo TEXT | done N | find WORD" ;;
esac
