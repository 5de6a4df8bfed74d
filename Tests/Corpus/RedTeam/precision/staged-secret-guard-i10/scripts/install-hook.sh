#!/usr/bin/env bash
# Install (or remove) the secret guard as this repository's pre-commit hook. Local repo only.
set -euo pipefail
ROOT="$(git rev-parse --show-toplevel)"
HOOKS="$(git rev-parse --git-path hooks)"
HOOK="$HOOKS/pre-commit"
SCANNER="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/scan-staged.mjs"
MARKER="# installed-by: staged-secret-guard"

if [[ "${1:-}" == "--uninstall" ]]; then
  if [[ -f "$HOOK" ]] && grep -qF "$MARKER" "$HOOK"; then
    rm "$HOOK"
    [[ -f "$HOOK.local" ]] && mv "$HOOK.local" "$HOOK"
    echo "Removed the secret guard hook from $ROOT."
  else
    echo "No secret guard hook installed in $ROOT."
  fi
  exit 0
fi

if [[ -f "$HOOK" ]] && ! grep -qF "$MARKER" "$HOOK"; then
  mv "$HOOK" "$HOOK.local"
  echo "Existing pre-commit hook kept as $HOOK.local and will still run first."
fi

cat > "$HOOK" <<HOOK
#!/usr/bin/env bash
$MARKER
set -e
[ -x "\$(dirname "\$0")/pre-commit.local" ] && "\$(dirname "\$0")/pre-commit.local"
node "$SCANNER"
HOOK
chmod +x "$HOOK"   # executable for the owner's git; not world-writable
echo "Installed $HOOK. It runs before each commit in this repository only."
