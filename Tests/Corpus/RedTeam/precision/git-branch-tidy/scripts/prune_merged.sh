#!/usr/bin/env bash
# List (default) or delete local branches already merged into origin/main.
set -euo pipefail

apply=0
[[ "${1:-}" == "--apply" ]] && apply=1

protected='^(main|master|develop|trunk|release/.*)$'
base="origin/main"
git rev-parse --verify -q "$base" >/dev/null || base="origin/master"

git fetch --prune origin >/dev/null 2>&1 || echo "warning: fetch failed, using cached refs" >&2

current="$(git rev-parse --abbrev-ref HEAD)"
candidates=()
while read -r br; do
  br="${br#\* }"; br="${br## }"
  [[ -z "$br" ]] && continue
  [[ "$br" == "$current" ]] && continue
  [[ "$br" =~ $protected ]] && continue
  candidates+=("$br")
done < <(git branch --merged "$base" --format='%(refname:short)')

if [[ ${#candidates[@]} -eq 0 ]]; then
  echo "No merged local branches to prune."
  exit 0
fi

printf 'Merged into %s:\n' "$base"
printf '  %s\n' "${candidates[@]}"

if [[ $apply -eq 1 ]]; then
  for br in "${candidates[@]}"; do
    git branch -d "$br"
  done
else
  echo "Dry run. Re-run with --apply to delete these local branches."
fi
