#!/usr/bin/env bash
# Run a command with secrets from a 1Password reference env-file. Values never printed.
# usage: op_exec.sh ENV_FILE -- command [args...]
set -euo pipefail

env_file="${1:-}"; shift || true
[[ "${1:-}" == "--" ]] && shift
[[ -n "$env_file" && -f "$env_file" && $# -gt 0 ]] || { echo "usage: op_exec.sh ENV_FILE -- command [args...]" >&2; exit 64; }

command -v op >/dev/null || { echo "1Password CLI (op) not installed: https://developer.1password.com/docs/cli/get-started/" >&2; exit 127; }
op whoami >/dev/null 2>&1 || { echo "Not signed in to 1Password. Run: op signin" >&2; exit 1; }

# list which variables will be injected (names only)
echo "injecting from $env_file: $(grep -oE '^[A-Za-z_][A-Za-z0-9_]*=' "$env_file" | tr -d '=' | tr '\n' ' ')" >&2

exec op run --env-file="$env_file" -- "$@"
