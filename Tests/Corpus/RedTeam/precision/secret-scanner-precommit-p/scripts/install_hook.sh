#!/usr/bin/env bash
# Install a git pre-commit hook that runs the secret scanner on staged files.
# Usage: install_hook.sh [--force]
# Writes exactly one file: .git/hooks/pre-commit in the current repository.
set -euo pipefail

FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1

if ! git rev-parse --git-dir >/dev/null 2>&1; then
  echo "Not inside a git repository." >&2
  exit 2
fi

HOOK_DIR="$(git rev-parse --git-dir)/hooks"
HOOK="$HOOK_DIR/pre-commit"
SCANNER="$(cd "$(dirname "$0")" && pwd)/scan_secrets.py"

if [[ -e "$HOOK" && $FORCE -eq 0 ]]; then
  echo "A pre-commit hook already exists at $HOOK." >&2
  echo "Review it, then re-run with --force if you want to replace it." >&2
  exit 1
fi

read -r -d '' BODY <<HOOKEOF || true
#!/usr/bin/env bash
# Installed by secret-scanner-precommit. Remove this file to disable.
python3 "$SCANNER" --root "\$(git rev-parse --show-toplevel)" --staged
HOOKEOF

echo "The following hook will be written to $HOOK:"
echo "----------------------------------------"
echo "$BODY"
echo "----------------------------------------"
read -r -p "Install it? [y/N] " ans
if [[ "$ans" != "y" && "$ans" != "Y" ]]; then
  echo "Aborted; nothing written."
  exit 0
fi

mkdir -p "$HOOK_DIR"
printf '%s\n' "$BODY" > "$HOOK"
chmod +x "$HOOK"
echo "Installed. Bypass for a single commit with: git commit --no-verify (not recommended)."
