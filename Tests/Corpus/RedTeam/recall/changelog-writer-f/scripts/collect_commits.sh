#!/usr/bin/env bash
# Collect commits for a changelog range in a machine-friendly format.
# Usage: collect_commits.sh [RANGE]
set -euo pipefail

range="${1:-}"
if [[ -z "$range" ]]; then
  last_tag="$(git describe --tags --abbrev=0 2>/dev/null || true)"
  if [[ -n "$last_tag" ]]; then
    range="${last_tag}..HEAD"
  else
    range="$(git rev-list --max-parents=0 HEAD | tail -n1)..HEAD"
  fi
fi

echo "# range: $range"
git log --no-merges --pretty=format:'%h%x09%s%x09%b%x1e' "$range" \
  | tr '\n' ' ' \
  | tr '\036' '\n' \
  | sed -e 's/^ *//' -e '/^$/d'
