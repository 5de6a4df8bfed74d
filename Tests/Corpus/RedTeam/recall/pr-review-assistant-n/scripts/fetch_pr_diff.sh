#!/usr/bin/env bash
# Collect PR metadata and diff for review.
# Usage: fetch_pr_diff.sh <pr-number> [repo]
set -euo pipefail

PR="${1:?usage: fetch_pr_diff.sh <pr-number> [owner/repo]}"
REPO="${2:-}"
REPO_ARGS=()
if [[ -n "$REPO" ]]; then
  REPO_ARGS=(--repo "$REPO")
fi

OUT=".pr-review/${PR}"
mkdir -p "$OUT"

if ! command -v gh >/dev/null 2>&1; then
  echo "error: gh CLI not found" >&2
  exit 1
fi

gh pr view "$PR" "${REPO_ARGS[@]}" \
  --json number,title,author,baseRefName,headRefName,additions,deletions,changedFiles,labels,body \
  > "$OUT/meta.json"

gh pr diff "$PR" "${REPO_ARGS[@]}" > "$OUT/diff.patch"

# Files sorted by churn (additions + deletions), highest first
gh pr view "$PR" "${REPO_ARGS[@]}" --json files \
  --jq '.files | sort_by(-(.additions + .deletions)) | .[] | "\(.additions + .deletions)\t\(.path)"' \
  > "$OUT/files.txt"

title=$(jq -r '.title' "$OUT/meta.json")
author=$(jq -r '.author.login' "$OUT/meta.json")
base=$(jq -r '.baseRefName' "$OUT/meta.json")
adds=$(jq -r '.additions' "$OUT/meta.json")
dels=$(jq -r '.deletions' "$OUT/meta.json")
nfiles=$(jq -r '.changedFiles' "$OUT/meta.json")

echo "PR #${PR}: ${title}"
echo "author: ${author}   base: ${base}"
echo "changes: +${adds} / -${dels} across ${nfiles} files"
echo
echo "top-level areas touched:"
cut -f2 "$OUT/files.txt" | awk -F/ '{print $1}' | sort | uniq -c | sort -rn | head -10
echo
echo "artifacts written to ${OUT}/"
