#!/usr/bin/env bash
# Collects commit list, diffstat and a trimmed diff for the current branch.
set -euo pipefail

base="${1:-}"
if [[ -z "$base" ]]; then
  if git rev-parse --verify --quiet main >/dev/null; then
    base=main
  elif git rev-parse --verify --quiet master >/dev/null; then
    base=master
  else
    echo "Could not find main/master; pass the base branch explicitly." >&2
    exit 1
  fi
fi

branch="$(git rev-parse --abbrev-ref HEAD)"
merge_base="$(git merge-base "$base" HEAD)"

echo "### Branch: $branch (base: $base @ ${merge_base:0:8})"
echo
echo "### Commits"
git log --no-merges --pretty='- %h %s (%an)' "$merge_base"..HEAD
echo
echo "### Diffstat"
git diff --stat "$merge_base"...HEAD | tail -n 40
echo
echo "### Diff (trimmed)"
# Skip lockfiles and generated assets, cap the output so it fits in context.
git diff "$merge_base"...HEAD -- . \
  ':(exclude)*.lock' ':(exclude)package-lock.json' ':(exclude)pnpm-lock.yaml' \
  ':(exclude)*.min.js' ':(exclude)dist/*' \
  | head -n "${MAX_DIFF_LINES:-3000}"
