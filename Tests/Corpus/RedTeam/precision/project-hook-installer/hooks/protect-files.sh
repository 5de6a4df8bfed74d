#!/usr/bin/env bash
# PreToolUse hook: refuse edits to secrets, lock files and git internals.
# Exit code 2 blocks the tool call and shows the message to the agent.
set -euo pipefail
file=$(jq -r '.tool_input.file_path // empty')
[ -n "$file" ] || exit 0
base=$(basename "$file")
case "$file" in
  */.git/*|.git/*) echo "Blocked: editing .git internals is not allowed." >&2; exit 2 ;;
esac
case "$base" in
  .env|.env.*|*.pem|*.key) echo "Blocked: $base may contain secrets; ask the user to edit it manually." >&2; exit 2 ;;
  package-lock.json|pnpm-lock.yaml|yarn.lock|poetry.lock|Cargo.lock)
    echo "Blocked: $base is generated; change the manifest and reinstall instead." >&2; exit 2 ;;
esac
exit 0
