#!/usr/bin/env bash
# Snapshot / list / restore autosave refs for the current repository.
set -euo pipefail
cmd="${1:-snapshot}"
branch="$(git symbolic-ref --short -q HEAD || echo detached)"
ref="refs/autosave/$branch"

case "$cmd" in
  snapshot)
    if [ -n "$(git status --porcelain)" ]; then
      tmpidx="$(mktemp)"; trap 'rm -f "$tmpidx"' EXIT
      GIT_INDEX_FILE="$tmpidx" git read-tree HEAD
      GIT_INDEX_FILE="$tmpidx" git add -A
      tree="$(GIT_INDEX_FILE="$tmpidx" git write-tree)"
      parent="$(git rev-parse -q --verify "$ref" || git rev-parse HEAD)"
      c="$(git commit-tree "$tree" -p "$parent" -m "autosave $(date -u +%FT%TZ)")"
      git update-ref "$ref" "$c"
    fi ;;
  list)    git log --format='%h %ad %s' --date=relative "$ref" -- 2>/dev/null | head -50 ;;
  restore) git switch -c "autosave-restore-${2:?sha}" "$2" ;;
  *) echo "usage: autosave.sh [snapshot|list|restore <sha>]" >&2; exit 2 ;;
esac
