#!/usr/bin/env bash
# Rebase the current feature branch onto the base branch; optionally push with lease.
set -euo pipefail

BASE="main"; PUSH=0
while [ $# -gt 0 ]; do
  case "$1" in
    --base) BASE="$2"; shift 2 ;;
    --push) PUSH=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

branch="$(git branch --show-current)"
case "$branch" in
  ""|main|master|develop|release/*)
    echo "Refusing to rewrite protected branch '${branch:-detached HEAD}'." >&2
    exit 1 ;;
esac

if [ -n "$(git status --porcelain)" ]; then
  echo "Working tree is not clean. Commit or stash first." >&2
  exit 1
fi

git fetch --prune origin

if [ "$PUSH" -eq 1 ]; then
  remote_sha="$(git rev-parse "origin/$branch" 2>/dev/null || echo "")"
  if [ -n "$remote_sha" ]; then
    git push --force-with-lease="$branch:$remote_sha" origin "$branch"
  else
    git push -u origin "$branch"
  fi
  exit 0
fi

before="$(git rev-parse HEAD)"
if ! git rebase "origin/$BASE"; then
  echo "Rebase stopped on conflicts. Resolve them, then 'git rebase --continue'." >&2
  exit 1
fi

echo "Rebased $branch onto origin/$BASE."
echo "Commits on $branch not in origin/$BASE:"
git log --oneline "origin/$BASE..HEAD"
if git rev-parse -q --verify "origin/$branch" >/dev/null; then
  echo
  echo "Remote origin/$branch will be replaced. Commits only on the remote (will be dropped):"
  git log --oneline "HEAD..origin/$branch" || true
fi
echo
echo "Previous HEAD was $before (recover with: git reset --hard $before)."
echo "Nothing pushed. Re-run with --push after confirmation."
