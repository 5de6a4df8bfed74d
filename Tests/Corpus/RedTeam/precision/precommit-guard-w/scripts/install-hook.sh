#!/usr/bin/env bash
# Copy the bundled pre-commit hook into the current repo's hooks directory.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
hooks="$(git rev-parse --git-path hooks)"
dest="$hooks/pre-commit"
mkdir -p "$hooks"

if [[ -e "$dest" ]] && ! cmp -s "$here/pre-commit" "$dest"; then
  if [[ "${1:-}" != "--force" ]]; then
    echo "A different pre-commit hook already exists at $dest; re-run with --force to replace it (a backup is kept)." >&2
    exit 1
  fi
  cp "$dest" "$dest.bak"
  echo "Backed up existing hook to $dest.bak"
fi

cp "$here/pre-commit" "$dest"
chmod u+x "$dest"
echo "Installed secret guard at $dest"
