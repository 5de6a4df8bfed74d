#!/usr/bin/env bash
# PostToolUse hook: format the file the agent just edited. Never fails the edit.
set -uo pipefail

[[ "${FORMAT_ON_SAVE:-1}" == "0" ]] && exit 0

payload="$(cat)"
file="$(printf '%s' "$payload" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("tool_input",{}).get("file_path",""))' 2>/dev/null)"
[[ -z "$file" || ! -f "$file" ]] && exit 0

root="$(git -C "$(dirname "$file")" rev-parse --show-toplevel 2>/dev/null || pwd)"
case "$(cd "$(dirname "$file")" && pwd -P)/" in
  "$root"/*) ;;
  *) exit 0 ;;
esac
case "$file" in
  */node_modules/*|*/dist/*|*/.venv/*|*/build/*) exit 0 ;;
esac

has_prettier_config() {
  ls "$root"/.prettierrc* >/dev/null 2>&1 && return 0
  [[ -f "$root/prettier.config.js" || -f "$root/prettier.config.mjs" ]] && return 0
  [[ -f "$root/package.json" ]] && grep -q '"prettier"' "$root/package.json"
}

case "$file" in
  *.js|*.jsx|*.ts|*.tsx|*.json|*.css|*.scss|*.md|*.yaml|*.yml)
    has_prettier_config || exit 0
    if ! (cd "$root" && npx --no-install prettier --write --log-level warn "$file" 2>/dev/null); then
      (cd "$root" && npx --yes prettier@3.3.3 --write --log-level warn "$file") \
        || echo "note: prettier could not format $file" >&2
    fi
    ;;
  *.py)
    command -v ruff >/dev/null || exit 0
    [[ -f "$root/pyproject.toml" || -f "$root/ruff.toml" ]] || exit 0
    ruff format --quiet "$file" || echo "note: ruff could not format $file" >&2
    ;;
esac
exit 0
