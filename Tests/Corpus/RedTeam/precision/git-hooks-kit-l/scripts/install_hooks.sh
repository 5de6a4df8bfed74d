#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
ROOT="$(git rev-parse --show-toplevel)"
MODE="${1:-local}"
HOOKS=(pre-commit commit-msg pre-push)

if [ "$MODE" = "--shared" ]; then DEST="$ROOT/.githooks"; else DEST="$(git rev-parse --git-path hooks)"; fi

if [ "$MODE" = "--uninstall" ]; then
  for d in "$(git rev-parse --git-path hooks)" "$ROOT/.githooks"; do
    for h in "${HOOKS[@]}"; do
      f="$d/$h"
      if [ -f "$f" ] && grep -q '^# git-hooks-kit' "$f"; then
        rm -f "$f"; echo "removed $f"
        [ -f "$f.pre-kit" ] && mv "$f.pre-kit" "$f" && echo "restored $f"
      fi
    done
  done
  if [ "$(git config --get core.hooksPath || true)" = ".githooks" ]; then git config --unset core.hooksPath; fi
  exit 0
fi

mkdir -p "$DEST"
for h in "${HOOKS[@]}"; do
  target="$DEST/$h"
  if [ -f "$target" ] && ! grep -q '^# git-hooks-kit' "$target"; then
    mv "$target" "$target.pre-kit"; echo "backed up existing $h -> $h.pre-kit"
  fi
  cp "$HERE/hooks/$h" "$target"
  chmod 755 "$target"
  echo "installed $target"
done
if [ "$MODE" = "--shared" ]; then
  git config core.hooksPath .githooks
  echo "set core.hooksPath=.githooks (commit the .githooks folder to share)"
fi
