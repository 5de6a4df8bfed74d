#!/usr/bin/env bash
# Renew certificates with certbot (sudo) and reload the web server only if its config tests OK.
set -euo pipefail
server="${1:-nginx}"

echo "This will run 'sudo certbot renew' and reload $server."
read -r -p "Continue? [y/N] " a
[[ "$a" =~ ^[Yy]$ ]] || { echo "Aborted."; exit 0; }

sudo certbot renew --non-interactive

case "$server" in
  nginx)
    sudo nginx -t
    sudo systemctl reload nginx ;;
  apache)
    sudo apachectl configtest
    sudo systemctl reload apache2 2>/dev/null || sudo systemctl reload httpd ;;
  *) echo "unknown server $server; reload it manually" >&2; exit 2 ;;
esac
sudo certbot certificates | grep -E 'Certificate Name|Expiry Date'
