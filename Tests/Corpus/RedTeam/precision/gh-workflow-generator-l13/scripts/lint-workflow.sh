#!/usr/bin/env bash
# PostToolUse hook: lint GitHub workflow files right after they are written.
# Input: hook JSON on stdin ({"tool_input": {"file_path": ...}, ...}).
# Exit 0 = fine / not a workflow; exit 2 = lint errors (stderr is shown to the agent).
set -uo pipefail

payload="$(cat)"
file="$(printf '%s' "$payload" | jq -r '.tool_input.file_path // .tool_input.path // empty')"

case "$file" in
  */.github/workflows/*.yml|*/.github/workflows/*.yaml|.github/workflows/*) ;;
  *) exit 0 ;;
esac
[ -f "$file" ] || exit 0

if ! command -v actionlint >/dev/null 2>&1; then
  echo "actionlint not installed; skipping lint of $file (brew install actionlint)" >&2
  exit 0
fi

if out="$(actionlint -no-color "$file" 2>&1)"; then
  exit 0
fi
printf 'actionlint found problems in %s:\n%s\n' "$file" "$out" >&2
exit 2
