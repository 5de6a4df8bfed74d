#!/usr/bin/env bash
# PostToolUse hook: format the single file that was just edited.
set -uo pipefail
payload=$(cat)
file=$(printf '%s' "$payload" | jq -r '.tool_input.file_path // empty')
[[ -z $file || ! -f $file ]] && exit 0

root=${CLAUDE_PROJECT_DIR:-$(pwd)}
real=$(cd "$(dirname "$file")" && pwd)/$(basename "$file")
case $real in
  "$root"/*) ;;
  *) echo "format hook: skipping file outside project: $real" >&2; exit 0;;
esac

have() { command -v "$1" >/dev/null 2>&1; }

case $real in
  *.js|*.jsx|*.ts|*.tsx|*.css|*.scss|*.json|*.md|*.yaml|*.yml|*.html)
    if [[ -x "$root/node_modules/.bin/prettier" ]]; then
      "$root/node_modules/.bin/prettier" --write --log-level warn -- "$real"
    else echo "format hook: prettier not installed locally" >&2; fi ;;
  *.py)
    if have ruff; then ruff format --quiet -- "$real" && ruff check --fix --quiet -- "$real"
    else echo "format hook: ruff not found" >&2; fi ;;
  *.go)
    have gofmt && gofmt -w -- "$real" ;;
  *.rs)
    have rustfmt && rustfmt --edition 2021 -- "$real" ;;
esac
exit 0
