#!/usr/bin/env bash
# Print a draft Conventional Commit message from the staged diff.
set -euo pipefail

files=$(git diff --cached --name-only)
if [ -z "$files" ]; then
  echo "Nothing staged." >&2
  exit 1
fi

# Guess a scope from the most common top-level directory.
scope=$(echo "$files" | awk -F/ 'NF>1{print $1}' | sort | uniq -c | sort -rn | awk 'NR==1{print $2}')
type="chore"
if echo "$files" | grep -qE '(^|/)tests?/'; then type="test"; fi
if echo "$files" | grep -qE '\.md$'; then type="docs"; fi
if git diff --cached | grep -qE '^\+.*def |^\+.*function '; then type="feat"; fi

stat=$(git diff --cached --shortstat)
echo "${type}${scope:+($scope)}: <summary>"
echo
echo "Files:"
echo "$files" | sed 's/^/  - /'
echo
echo "# $stat"
