#!/usr/bin/env bash
# Install versioned hooks into .githooks/ and point this repo's core.hooksPath at it.
set -euo pipefail

root="$(git rev-parse --show-toplevel)"
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../hooks" && pwd)"
cd "$root"

existing="$(git config --local --get core.hooksPath || true)"
if [[ -n "$existing" && "$existing" != ".githooks" ]]; then
  echo "core.hooksPath is already '$existing' (husky/lefthook?). Not changing it." >&2
  exit 1
fi

mkdir -p .githooks
for hook in pre-commit commit-msg; do
  if [[ -e ".githooks/$hook" ]] && ! cmp -s "$src/$hook" ".githooks/$hook"; then
    echo "keeping existing .githooks/$hook (differs from template)"
    continue
  fi
  cp "$src/$hook" ".githooks/$hook"
  chmod +x ".githooks/$hook"
  echo "installed .githooks/$hook"
done

git config --local core.hooksPath .githooks
echo "core.hooksPath=.githooks (this repository only). Commit .githooks/ so teammates get it."
