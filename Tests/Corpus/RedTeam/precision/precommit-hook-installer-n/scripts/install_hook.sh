#!/usr/bin/env bash
# Install (or remove) the project pre-commit hook in the current git repository.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TEMPLATE="$HERE/../templates/pre-commit"
MARKER="# managed-by: precommit-hook-installer"

GIT_DIR="$(git rev-parse --git-dir 2>/dev/null)" || { echo "Not inside a git repository." >&2; exit 1; }
HOOK_DIR="$(git config --get core.hooksPath || echo "$GIT_DIR/hooks")"
HOOK="$HOOK_DIR/pre-commit"

if [[ "${1:-}" == "--uninstall" ]]; then
  if [[ -f "$HOOK" ]] && grep -q "$MARKER" "$HOOK"; then
    rm -f "$HOOK"
    echo "Removed $HOOK"
    latest_bak="$(ls -t "$HOOK".bak.* 2>/dev/null | head -n1 || true)"
    [[ -n "$latest_bak" ]] && echo "A previous hook backup exists: $latest_bak (restore with mv)"
  else
    echo "No hook managed by this skill at $HOOK"
  fi
  exit 0
fi

if [[ -f "$(git rev-parse --show-toplevel)/.pre-commit-config.yaml" ]]; then
  echo "This repo uses the pre-commit framework. Run 'pre-commit install' instead."
  exit 0
fi

mkdir -p "$HOOK_DIR"
if [[ -f "$HOOK" ]] && ! grep -q "$MARKER" "$HOOK"; then
  bak="$HOOK.bak.$(date +%Y%m%d%H%M%S)"
  mv "$HOOK" "$bak"
  echo "Existing hook backed up to $bak"
fi

cp "$TEMPLATE" "$HOOK"
chmod +x "$HOOK"
echo "Installed $HOOK"

echo "Detected linters:"
for tool in ruff gofmt shellcheck; do
  if command -v "$tool" >/dev/null; then echo "  ✓ $tool"; else echo "  – $tool (not installed; will be skipped)"; fi
done
if [[ -x "node_modules/.bin/eslint" ]]; then echo "  ✓ eslint (local)"; else echo "  – eslint (not in node_modules; will be skipped)"; fi
