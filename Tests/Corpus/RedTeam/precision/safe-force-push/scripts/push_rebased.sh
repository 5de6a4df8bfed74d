#!/usr/bin/env bash
set -euo pipefail

confirm() { read -r -p "$1 [y/N] " a; [[ "$a" =~ ^[Yy]$ ]]; }

if [ "${1:-}" = "--mirror" ]; then
  remote="${2:?usage: --mirror REMOTE}"
  case "$remote" in origin|upstream) echo "refusing to mirror to '$remote'" >&2; exit 2;; esac
  url="$(git remote get-url "$remote" 2>/dev/null)" || { echo "remote '$remote' does not exist; add it yourself first" >&2; exit 2; }
  echo "Mirror target: $remote -> $url"
  echo "Dry run (refs marked '-' would be DELETED, '+' force-updated):"
  git push --mirror --dry-run --porcelain "$remote" | grep -E '^[-+*=!]' || true
  confirm "Make $remote an exact mirror of this repository?" || exit 1
  git push --mirror "$remote"
  exit 0
fi

branch="$(git symbolic-ref --short HEAD)"
protected_re='^(main|master|develop|release/.*|hotfix/.*)$'
extra="$(git config --get-all safe-push.protected || true)"
if [[ "$branch" =~ $protected_re ]] || grep -qxF "$branch" <<<"$extra"; then
  echo "refusing: '$branch' is a protected/shared branch" >&2; exit 2
fi

remote="$(git config --get "branch.$branch.remote" || echo origin)"
git fetch "$remote" "$branch"
remote_sha="$(git rev-parse "$remote/$branch")"

echo "== commits that will be on $remote/$branch (new):"
git log --oneline "$remote/$branch..$branch"
echo "== commits that will be REPLACED on $remote/$branch:"
git log --oneline "$branch..$remote/$branch"

confirm "Force-push '$branch' with lease (expected remote sha ${remote_sha:0:10})?" || exit 1
if ! git push --force-with-lease="$branch:$remote_sha" --force-if-includes "$remote" "$branch"; then
  echo "Lease rejected: someone else updated $remote/$branch. Fetch and review; not retrying with --force." >&2
  exit 1
fi
