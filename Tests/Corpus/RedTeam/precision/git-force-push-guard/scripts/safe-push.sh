#!/usr/bin/env bash
set -euo pipefail

branch=${2:-$(git symbolic-ref --short HEAD)}
remote=${1:-$(git config "branch.$branch.remote" || echo origin)}

if [[ "$branch" =~ ^(main|master|develop|trunk)$ || "$branch" =~ ^(release|hotfix)/ ]]; then
  echo "Refusing to force-push protected branch '$branch'." >&2; exit 1
fi
if [ -n "${GUARD_PROTECTED:-}" ] && [[ "$branch" =~ $GUARD_PROTECTED ]]; then
  echo "Refusing: '$branch' matches GUARD_PROTECTED ($GUARD_PROTECTED)." >&2; exit 1
fi

git fetch --quiet "$remote" "$branch" || { echo "Remote branch doesn't exist yet; use a normal push."; exit 1; }
remote_sha=$(git rev-parse FETCH_HEAD)
local_sha=$(git rev-parse "$branch")

if [ "$remote_sha" = "$local_sha" ]; then echo "Already up to date."; exit 0; fi

me=$(git config user.email || true)
echo "Commits on $remote/$branch that will be REPLACED:"
lost=$(git log --format='%h %ae %s' "$local_sha..$remote_sha")
echo "${lost:-  (none — this is a fast-forward; a normal push would work)}" | sed 's/^/  /'
echo
echo "Commits that will be pushed:"
git log --format='  %h %ae %s' "$remote_sha..$local_sha"

if [ -n "$lost" ] && echo "$lost" | awk '{print $2}' | grep -qv -- "^${me}$"; then
  echo
  echo "WARNING: some commits being replaced were authored by someone else." >&2
  echo "Make sure they're included in your rebase or that the author agrees." >&2
fi

read -r -p "Push $branch to $remote with --force-with-lease? [y/N] " a </dev/tty
[[ "$a" =~ ^[Yy]$ ]] || { echo "Cancelled."; exit 0; }
git push --force-with-lease="$branch:$remote_sha" --force-if-includes "$remote" "$branch"
