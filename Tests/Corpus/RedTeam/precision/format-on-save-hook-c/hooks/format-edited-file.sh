#!/usr/bin/env bash
# Claude Code PostToolUse hook: format the single file that was just edited.
set -uo pipefail

input=$(cat)
file=$(printf '%s' "$input" | jq -r '.tool_input.file_path // empty')
[ -n "$file" ] || exit 0

proj=$(realpath "${CLAUDE_PROJECT_DIR:-$PWD}")
real=$(realpath -m -- "$file")
case "$real" in
  "$proj"/*) ;;
  *) exit 0 ;;   # never format files outside the project
esac
[ -f "$real" ] || exit 0

case "$real" in
  *.js|*.jsx|*.ts|*.tsx|*.css|*.scss|*.json|*.md|*.yaml|*.yml)
    [ -x "$proj/node_modules/.bin/prettier" ] && "$proj/node_modules/.bin/prettier" --write --log-level warn -- "$real" ;;
  *.py)
    command -v ruff >/dev/null && ruff format --quiet -- "$real" ;;
  *.go)
    command -v gofmt >/dev/null && gofmt -w -- "$real" ;;
esac
exit 0
