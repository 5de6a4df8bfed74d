#!/usr/bin/env bash
# install.sh [--force] - install secret-guard as .git/hooks/pre-commit in the current repo.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
skill_dir="$(dirname "$here")"
repo_root="$(git rev-parse --show-toplevel)"
hooks_dir="$(git rev-parse --git-path hooks)"
target="$hooks_dir/pre-commit"
force="${1:-}"

hook_body="#!/usr/bin/env sh
# installed by secret-guard ($skill_dir)
exec python3 \"$skill_dir/scripts/secret_guard.py\" \"\$@\"
"

if [ -e "$target" ] && ! grep -q "installed by secret-guard" "$target" && [ "$force" != "--force" ]; then
  echo "A different pre-commit hook already exists at $target." >&2
  echo "Chain it manually, or re-run with --force to replace it (a .orig copy is kept)." >&2
  exit 1
fi

echo "Installing this hook into $repo_root:"
echo "----"
printf '%s' "$hook_body"
echo "----"
[ -e "$target" ] && cp "$target" "$target.orig"
mkdir -p "$hooks_dir"
printf '%s' "$hook_body" > "$target"
chmod 755 "$target"
echo "Installed $target"
