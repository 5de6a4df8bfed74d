#!/usr/bin/env bash
set -euo pipefail
top="$(git rev-parse --show-toplevel)"
hook="$top/.git/hooks/pre-commit"
src="$(cd "$(dirname "$0")/.." && pwd)/hooks/pre-commit"
if [[ -e "$hook" ]] && ! grep -q env-file-guard "$hook"; then
  echo "A different pre-commit hook exists at $hook; not overwriting. Merge manually:" >&2
  echo "  cat $src" >&2
  exit 1
fi
cp "$src" "$hook" && chmod +x "$hook"
echo "Installed $hook"
