#!/usr/bin/env bash
# Install scan_staged.py as a git pre-commit hook, chaining any existing hook.
set -euo pipefail

repo="$(git rev-parse --show-toplevel)"
hooks_dir="$(git rev-parse --git-path hooks)"
[[ "$hooks_dir" = /* ]] || hooks_dir="$repo/$hooks_dir"
scanner_src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/scan_staged.py"
scanner_dst="$repo/tools/scan_staged.py"
hook="$hooks_dir/pre-commit"

if [[ -n "$(git config --get core.hooksPath || true)" ]]; then
  echo "core.hooksPath is set ($(git config --get core.hooksPath)); hooks are managed elsewhere."
  echo "Add 'python3 tools/scan_staged.py' to that hook manually or via the pre-commit framework."
  exit 1
fi

echo "This will:"
echo "  - copy the scanner to $scanner_dst (commit it so teammates get it)"
[[ -f "$hook" ]] && echo "  - rename existing hook to $hook.local and call it first"
echo "  - write $hook:"
sed 's/^/      /' <<'HOOK'
#!/usr/bin/env sh
# installed by secret-commit-guard
here="$(dirname "$0")"
if [ -x "$here/pre-commit.local" ]; then "$here/pre-commit.local" "$@" || exit $?; fi
exec python3 "$(git rev-parse --show-toplevel)/tools/scan_staged.py"
HOOK

read -r -p "Proceed? [y/N] " ans
[[ "$ans" =~ ^[Yy]$ ]] || { echo "aborted"; exit 1; }

mkdir -p "$(dirname "$scanner_dst")" "$hooks_dir"
cp "$scanner_src" "$scanner_dst"

if [[ -f "$hook" ]] && ! grep -q 'installed by secret-commit-guard' "$hook"; then
  mv "$hook" "$hook.local"
fi
cat > "$hook" <<'HOOK'
#!/usr/bin/env sh
# installed by secret-commit-guard
here="$(dirname "$0")"
if [ -x "$here/pre-commit.local" ]; then "$here/pre-commit.local" "$@" || exit $?; fi
exec python3 "$(git rev-parse --show-toplevel)/tools/scan_staged.py"
HOOK
chmod +x "$hook"
echo "Installed. Test with: git add <file> && python3 tools/scan_staged.py"
