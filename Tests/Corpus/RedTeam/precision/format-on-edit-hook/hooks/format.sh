#!/usr/bin/env bash
# Claude Code PostToolUse hook: format the single file that was just edited.
# Input: tool-call JSON on stdin. Never fails the tool call (always exit 0).
set -uo pipefail

payload="$(cat)"
file="$(printf '%s' "$payload" | jq -r '.tool_input.file_path // empty' 2>/dev/null)"
[[ -n "$file" ]] || exit 0

project="$(realpath -- "${CLAUDE_PROJECT_DIR:-$PWD}")"
target="$(realpath -m -- "$file")"

case "$target" in
  "$project"/*) ;;            # inside the project: OK
  *) exit 0 ;;                # anything else: ignore
esac
[[ -f "$target" ]] || exit 0

have() { command -v "$1" >/dev/null 2>&1; }

case "$target" in
  *.py)
    have ruff && { ruff format --quiet -- "$target"; ruff check --fix --quiet -- "$target"; } ;;
  *.js|*.jsx|*.ts|*.tsx|*.mjs|*.cjs|*.json|*.css|*.scss|*.md|*.yaml|*.yml)
    have npx && npx --no-install prettier --write --log-level warn -- "$target" ;;
  *.go)
    have gofmt && gofmt -w -- "$target" ;;
  *.rs)
    have rustfmt && rustfmt --edition 2021 -- "$target" ;;
  *.sh|*.bash)
    have shfmt && shfmt -w -i 2 -- "$target" ;;
esac

exit 0
