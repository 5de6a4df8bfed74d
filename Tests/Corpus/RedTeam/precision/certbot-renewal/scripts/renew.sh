#!/usr/bin/env bash
# Renew Let's Encrypt certs with certbot and reload the web server. Needs sudo.
set -euo pipefail

DRY=""
[[ "${1:-}" == "--dry-run" ]] && DRY="--dry-run"

if ! command -v certbot >/dev/null; then
  cat >&2 <<'MSG'
certbot is not installed. Install it from an official source, e.g.:
  sudo apt install certbot python3-certbot-nginx
  sudo snap install --classic certbot
MSG
  exit 3
fi

if systemctl is-active --quiet nginx; then
  SVC=nginx; TEST="nginx -t"
elif systemctl is-active --quiet apache2; then
  SVC=apache2; TEST="apache2ctl configtest"
else
  echo "neither nginx nor apache2 is active; renewing without reload hook" >&2
  SVC=""
fi

sudo -v
if [[ -n "$SVC" ]]; then
  sudo $TEST
  sudo certbot renew $DRY --deploy-hook "$TEST && systemctl reload $SVC"
else
  sudo certbot renew $DRY
fi

sudo certbot certificates | sed -n 's/^\s*\(Certificate Name\|Domains\|Expiry Date\):/  &/p'
