#!/usr/bin/env bash
# PostToolUse hook: format the single file that was just written/edited.
# Reads hook JSON on stdin. Always exits 0 so it never blocks the agent.
set -u
input="$(cat)"
file="$(printf '%s' "$input" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("tool_input",{}).get("file_path",""))' 2>/dev/null)"
proj="${CLAUDE_PROJECT_DIR:-$PWD}"

[[ -n "$file" && -f "$file" ]] || exit 0
case "$(realpath "$file")" in "$(realpath "$proj")"/*) ;; *) exit 0;; esac

run() { "$@" >/dev/null 2>&1 || echo "format hook: '$*' failed" >&2; }

case "$file" in
  *.ts|*.tsx|*.js|*.jsx|*.mjs|*.cjs|*.json|*.css|*.scss|*.md|*.yaml|*.yml|*.html)
    if [[ -x "$proj/node_modules/.bin/prettier" ]]; then run "$proj/node_modules/.bin/prettier" --write "$file"; fi ;;
  *.py)
    ruff_bin="$(command -v ruff || echo "$proj/.venv/bin/ruff")"
    [[ -x "$ruff_bin" ]] && { run "$ruff_bin" format "$file"; run "$ruff_bin" check --fix --select I "$file"; } ;;
  *.go)  command -v gofmt >/dev/null && run gofmt -w "$file" ;;
  *.rs)  command -v rustfmt >/dev/null && run rustfmt --edition 2021 "$file" ;;
esac
exit 0
