#!/usr/bin/env bash
# Install versioned hooks into <repo>/.githooks and point core.hooksPath at it.
set -euo pipefail
SKILL_DIR="$(cd "$(dirname "$0")/.." && pwd)"
REPO="$(git rev-parse --show-toplevel)"
HOOKS=("$@")
[ ${#HOOKS[@]} -eq 0 ] && HOOKS=(pre-commit commit-msg pre-push)

mkdir -p "$REPO/.githooks"
TS="$(date +%Y%m%d-%H%M%S)"
GIT_HOOKS_DIR="$(git rev-parse --git-path hooks)"

for h in "${HOOKS[@]}"; do
  src="$SKILL_DIR/hooks/$h"
  [ -f "$src" ] || { echo "unknown hook: $h" >&2; exit 2; }
  if [ -f "$GIT_HOOKS_DIR/$h" ] && [ ! -L "$GIT_HOOKS_DIR/$h" ]; then
    cp -p "$GIT_HOOKS_DIR/$h" "$GIT_HOOKS_DIR/$h.bak-$TS"
    echo "backed up existing $GIT_HOOKS_DIR/$h -> $h.bak-$TS"
  fi
  if [ -f "$REPO/.githooks/$h" ] && ! cmp -s "$src" "$REPO/.githooks/$h"; then
    echo "note: $REPO/.githooks/$h differs from the template; showing diff:"
    diff -u "$REPO/.githooks/$h" "$src" || true
    printf 'Replace it? [y/N] '; read -r ok
    [[ "$ok" == [yY] ]] || { echo "kept existing $h"; continue; }
  fi
  install -m 0755 "$src" "$REPO/.githooks/$h"
  echo "installed .githooks/$h"
done

touch "$REPO/.githooks/secret-scan-ignore"
git -C "$REPO" config core.hooksPath .githooks
echo "core.hooksPath = .githooks  (commit the .githooks/ directory to share it)"
