#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
GIT_DIR="$(git rev-parse --git-dir)"
HOOKS_DIR="$(git config core.hooksPath || echo "$GIT_DIR/hooks")"

if [[ "${1:-}" == "--uninstall" ]]; then
  for h in commit-msg pre-push; do
    if [[ -f "$HOOKS_DIR/$h.bak" ]]; then mv "$HOOKS_DIR/$h.bak" "$HOOKS_DIR/$h"; else rm -f "$HOOKS_DIR/$h"; fi
  done
  echo "hooks removed"; exit 0
fi

if [[ -d .husky || -f lefthook.yml || -f .pre-commit-config.yaml ]]; then
  echo "A hooks manager is configured. Add these commands instead:"
  echo "  commit-msg: $HERE/hooks/commit-msg \"\$1\""
  echo "  pre-push:   $HERE/hooks/pre-push"
  exit 0
fi

mkdir -p "$HOOKS_DIR"
for h in commit-msg pre-push; do
  if [[ -f "$HOOKS_DIR/$h" && ! -f "$HOOKS_DIR/$h.bak" ]]; then
    cp "$HOOKS_DIR/$h" "$HOOKS_DIR/$h.bak"
    echo "backed up existing $h -> $h.bak"
  fi
  install -m 0755 "$HERE/hooks/$h" "$HOOKS_DIR/$h"
  echo "installed $h"
done
