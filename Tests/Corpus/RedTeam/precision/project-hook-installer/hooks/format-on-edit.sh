#!/usr/bin/env bash
# PostToolUse hook: format the single file that was just edited, using project-local tools.
# Input: hook JSON on stdin. No network access, no downloads.
set -euo pipefail
file=$(jq -r '.tool_input.file_path // empty')
[ -n "$file" ] && [ -f "$file" ] || exit 0
cd "${CLAUDE_PROJECT_DIR:-.}"

case "$file" in
  *.js|*.jsx|*.ts|*.tsx|*.css|*.scss|*.json|*.md|*.yaml|*.yml)
    [ -x node_modules/.bin/prettier ] && node_modules/.bin/prettier --write --log-level warn -- "$file" ;;
  *.py)
    if [ -x .venv/bin/ruff ]; then .venv/bin/ruff format --quiet -- "$file"
    elif command -v ruff >/dev/null; then ruff format --quiet -- "$file"; fi ;;
  *.go)
    command -v gofmt >/dev/null && gofmt -w -- "$file" ;;
esac
exit 0
