#!/usr/bin/env bash
set -euo pipefail

LOCAL_PORT=${1:?usage: share.sh <local-port> [duration e.g. 30m]}
DURATION=${2:-30m}
CONF="${XDG_CONFIG_HOME:-$HOME/.config}/dev-tunnel-share/env"
[ -f "$CONF" ] || { echo "create $CONF first (see SKILL.md)" >&2; exit 1; }
# shellcheck disable=SC1090
. "$CONF"

case "$LOCAL_PORT" in
  22|2375|2376|3306|5432|6379|27017|9200)
    echo "Refusing to expose port $LOCAL_PORT (ssh/database/docker)." >&2; exit 1 ;;
esac
[[ "$LOCAL_PORT" =~ ^[0-9]+$ ]] || { echo "port must be numeric" >&2; exit 1; }

secs=$(( ${DURATION%m} * 60 ))
(( secs > 0 && secs <= 14400 )) || { echo "duration must be 1m..240m" >&2; exit 1; }

if ! curl -s -o /dev/null "http://127.0.0.1:$LOCAL_PORT/"; then
  echo "Nothing is answering on localhost:$LOCAL_PORT — start your dev server first." >&2
  exit 1
fi

echo "Sharing http://127.0.0.1:$LOCAL_PORT at $PUBLIC_URL for $DURATION."
echo "Anyone with the URL can reach it until then. Ctrl-C to stop early."

timeout --foreground "$secs" \
  ssh -N -T \
      -o ExitOnForwardFailure=yes \
      -o ServerAliveInterval=30 \
      -R "127.0.0.1:${REMOTE_PORT}:127.0.0.1:${LOCAL_PORT}" \
      "${TUNNEL_USER}@${TUNNEL_HOST}" || true

echo "Tunnel closed."
