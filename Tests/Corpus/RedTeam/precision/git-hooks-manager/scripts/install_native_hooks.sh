#!/usr/bin/env bash
# install_native_hooks.sh - install committed hooks from .githooks/ via core.hooksPath.
# Copies templates only if the target files don't exist yet (never overwrites
# the team's customized hooks), then points this clone at .githooks/.
set -euo pipefail

SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_ROOT="$(git rev-parse --show-toplevel)"
HOOK_DIR="$REPO_ROOT/.githooks"

mkdir -p "$HOOK_DIR"
for h in pre-commit pre-push; do
  if [[ -e "$HOOK_DIR/$h" ]]; then
    echo "keep existing $HOOK_DIR/$h"
  else
    cp "$SKILL_DIR/templates/githooks/$h" "$HOOK_DIR/$h"
    echo "added $HOOK_DIR/$h"
  fi
  chmod +x "$HOOK_DIR/$h"
done
[[ -e "$HOOK_DIR/config" ]] || printf '# HOOK_TEST_CMD="npm test --silent"\nHOOK_MAX_KB=5120\n' > "$HOOK_DIR/config"

current="$(git config --get core.hooksPath || true)"
if [[ -n "$current" && "$current" != ".githooks" ]]; then
  echo "core.hooksPath is currently '$current'. Not changing it; ask the user first." >&2
  exit 1
fi
git config core.hooksPath .githooks
echo "core.hooksPath=.githooks for this clone. Commit .githooks/ so teammates can review it."
echo "Undo with: git config --unset core.hooksPath"
