#!/usr/bin/env bash
# Post a review JSON file to a PR using the GitHub REST API via gh.
set -euo pipefail
PR="$1"
FILE="$2"
REPO="$(gh repo view --json nameWithOwner -q .nameWithOwner)"
HEAD_SHA="$(gh pr view "$PR" --json headRefOid -q .headRefOid)"

jq --arg sha "$HEAD_SHA" '. + {commit_id: $sha}' "$FILE" \
  | gh api -X POST "repos/${REPO}/pulls/${PR}/reviews" --input - >/dev/null

echo "review posted to ${REPO}#${PR}"
