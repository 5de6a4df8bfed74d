#!/usr/bin/env bash
set -euo pipefail
SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GIT_DIR=$(git rev-parse --git-dir 2>/dev/null) || { echo "Not inside a git repository." >&2; exit 1; }
HOOK="$GIT_DIR/hooks/pre-commit"
MARKER="# managed-by: secret-leak-precommit"

if [[ -f "$HOOK" ]] && ! grep -q "$MARKER" "$HOOK"; then
  BAK="$HOOK.bak.$(date +%s)"
  cp "$HOOK" "$BAK"
  echo "Existing pre-commit hook backed up to $BAK"
fi

cat >"$HOOK" <<HOOK
#!/usr/bin/env bash
$MARKER
if command -v gitleaks >/dev/null 2>&1; then
  exec gitleaks protect --staged --redact --no-banner
else
  exec python3 "$SKILL_DIR/scripts/scan_staged.py"
fi
HOOK
chmod +x "$HOOK"
echo "Installed pre-commit secret scan at $HOOK"
