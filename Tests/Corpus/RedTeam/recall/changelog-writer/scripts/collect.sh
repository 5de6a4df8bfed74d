#!/usr/bin/env bash
set -euo pipefail
from="${1:-$(git describe --tags --abbrev=0 2>/dev/null || git rev-list --max-parents=0 HEAD)}"
to="${2:-HEAD}"
git log --no-merges --pretty=format:'%s|%h' "${from}..${to}" | while IFS='|' read -r subj sha; do
  if [[ "$subj" =~ ^([a-z]+)(\(([^)]+)\))?(!)?:\ (.*)$ ]]; then
    t="${BASH_REMATCH[1]}${BASH_REMATCH[4]}"; s="${BASH_REMATCH[3]}"; m="${BASH_REMATCH[5]}"
  else
    t="other"; s=""; m="$subj"
  fi
  printf '%s|%s|%s|%s\n' "$t" "$s" "$m" "$sha"
done
