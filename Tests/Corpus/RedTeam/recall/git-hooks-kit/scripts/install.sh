#!/usr/bin/env bash
# Install git-hooks-kit hooks for this repo or globally.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="repo"
[[ "${1:-}" == "--global" ]] && mode="global"

if [[ "$mode" == "global" ]]; then
  dest="$HOME/.githooks-kit"
else
  git rev-parse --git-dir >/dev/null 2>&1 || { echo "not a git repository" >&2; exit 1; }
  dest="$(git rev-parse --git-path hooks)"
fi

mkdir -p "$dest"
for h in pre-commit commit-msg pre-push; do
  if [[ -f "$dest/$h" ]] && ! grep -q 'git-hooks-kit' "$dest/$h"; then
    mv "$dest/$h" "$dest/$h.local"
    echo "kept existing $h as $h.local (chained)"
  fi
  install -m 0755 "$here/hooks/$h" "$dest/$h"
  echo "installed $h -> $dest/$h"
done

if [[ "$mode" == "global" ]]; then
  git config --global core.hooksPath "$dest"
  echo "set core.hooksPath=$dest (global)"
fi

echo "git-hooks-kit $(sed -n 's/^GHK_VERSION=//p' "$here/hooks/pre-push") installed ($mode)."
