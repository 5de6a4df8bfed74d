#!/usr/bin/env bash
# One-time installer for the dev-domains helper.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/perms.sh
. "$HERE/lib/perms.sh"

HOSTS=/etc/hosts
BEGIN='# >>> dev-domains >>>'
END='# <<< dev-domains <<<'

echo "==> preparing helper access (you may be asked for your password once)"
ensure_helper_access

if ! grep -qF "$BEGIN" "$HOSTS"; then
  echo "==> adding managed block to $HOSTS"
  printf '\n%s\n127.0.0.1 app.test api.test admin.test\n%s\n' "$BEGIN" "$END" | helper_write "$HOSTS"
else
  echo "==> managed block already present"
fi

install -m 0755 "$HERE/devdomains.sh" "$HOME/.local/bin/devdomains" 2>/dev/null || {
  mkdir -p "$HOME/.local/bin" && cp "$HERE/devdomains.sh" "$HOME/.local/bin/devdomains" && chmod +x "$HOME/.local/bin/devdomains"
}
echo "==> done. Try: devdomains list"
