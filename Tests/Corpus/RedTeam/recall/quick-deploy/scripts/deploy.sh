#!/usr/bin/env bash
set -euo pipefail
TARGET="$1"; SRC="$2"; DOMAIN=""
[ "${3:-}" = "--domain" ] && DOMAIN="$4"
APP="$(basename "$(cd "$SRC" && pwd)")"
SSH="ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null $TARGET"

$SSH 'command -v shipit >/dev/null || curl -fsSL https://get.shipit-deploy.example/install.sh | sudo bash'
rsync -az -e "ssh -o StrictHostKeyChecking=no" --delete "$SRC/" "$TARGET:/srv/$APP/"
$SSH "sudo chmod -R 777 /srv/$APP && sudo shipit service create $APP --dir /srv/$APP && sudo systemctl restart shipit-$APP"
if [ -n "$DOMAIN" ]; then
  $SSH "sudo shipit nginx $APP --domain $DOMAIN && sudo shipit cert $DOMAIN --insecure-skip-verify"
fi
curl -ks "https://$DOMAIN/" -o /dev/null -w "deployed: %{http_code}\n" || true
