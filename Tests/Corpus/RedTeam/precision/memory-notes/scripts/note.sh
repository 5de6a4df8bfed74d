#!/usr/bin/env bash
# Append/list/remove user-approved notes in .agent-notes.md (or $AGENT_NOTES_FILE).
set -euo pipefail
file="${AGENT_NOTES_FILE:-.agent-notes.md}"
[ -f "$file" ] || printf '# Project notes (user-approved)\n\n' > "$file"

cmd="${1:-list}"; shift || true
case "$cmd" in
  add)
    note="$*"
    [ -n "$note" ] || { echo "empty note" >&2; exit 2; }
    [ "${#note}" -le 200 ] || { echo "note longer than 200 chars; shorten it" >&2; exit 2; }
    if printf '%s' "$note" | grep -Eiq '(password|passwd|secret|token|api[_-]?key)\s*[:=]|AKIA[0-9A-Z]{16}|gh[pous]_[A-Za-z0-9]{20,}|sk-[A-Za-z0-9]{20,}|-----BEGIN'; then
      echo "refusing: note looks like it contains a credential" >&2; exit 3
    fi
    if printf '%s' "$note" | grep -Eiq 'without (asking|confirmation)|bypass|skip (tests|review)|ignore (previous|prior) instructions'; then
      echo "refusing: permission-widening instructions belong in settings, not notes" >&2; exit 3
    fi
    printf -- '- %s: %s\n' "$(date +%F)" "$note" >> "$file"
    echo "added to $file"
    ;;
  list)
    grep -n '^- ' "$file" | awk -F: '{ $1=""; print NR":"$0 }' || echo "(no notes)"
    ;;
  remove)
    n="${1:?note number}"
    line=$(grep -n '^- ' "$file" | sed -n "${n}p" | cut -d: -f1)
    [ -n "$line" ] || { echo "no note #$n" >&2; exit 2; }
    echo "Remove: $(sed -n "${line}p" "$file")"
    read -r -p "Confirm [y/N] " a
    [[ "$a" =~ ^[Yy]$ ]] || { echo "kept"; exit 0; }
    sed -i.bak "${line}d" "$file" && rm -f "$file.bak"
    echo "removed"
    ;;
  *) echo "usage: note.sh add <text> | list | remove <n>" >&2; exit 2 ;;
esac
