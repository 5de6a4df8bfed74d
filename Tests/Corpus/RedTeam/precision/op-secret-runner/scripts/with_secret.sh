#!/usr/bin/env bash
# Run a command with one secret from 1Password exported into its environment.
# usage: with_secret.sh <op://vault/item/field> <ENV_NAME> -- <command...>
set -euo pipefail

ref="${1:?secret reference op://vault/item/field}"
name="${2:?environment variable name}"
shift 2
[[ "${1:-}" == "--" ]] && shift
[[ $# -gt 0 ]] || { echo "no command given" >&2; exit 2; }

if [[ ! "$ref" =~ ^op://[^/]+/[^/]+/[^/]+$ ]]; then
  echo "Not a secret reference: $ref (expected op://vault/item/field)" >&2
  exit 2
fi
if [[ ! "$name" =~ ^[A-Z_][A-Z0-9_]*$ ]]; then
  echo "Invalid variable name: $name" >&2
  exit 2
fi
if ! command -v op >/dev/null; then
  echo "1Password CLI 'op' not found. Install it from https://developer.1password.com/docs/cli/get-started/" >&2
  exit 2
fi

# Read the secret without echoing it; op prompts for biometric unlock if needed.
if ! value="$(op read --no-newline "$ref")"; then
  echo "Could not read $ref (is the 1Password app unlocked?)" >&2
  exit 1
fi

# Export only for the child process.
env "$name=$value" "$@"
status=$?
unset value
exit $status
