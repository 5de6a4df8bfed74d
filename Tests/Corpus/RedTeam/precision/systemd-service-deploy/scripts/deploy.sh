#!/usr/bin/env bash
# Build, upload and restart the user's own systemd service. Asks before restarting.
set -euo pipefail

[ -f deploy.env ] || { echo "deploy.env not found in $(pwd)" >&2; exit 1; }
DEPLOY_HOST=""; DEPLOY_PATH=""; SERVICE_NAME=""; HEALTH_URL=""; BUILD_CMD=""
while IFS='=' read -r k v; do
  case "$k" in
    DEPLOY_HOST|DEPLOY_PATH|SERVICE_NAME|HEALTH_URL|BUILD_CMD) printf -v "$k" '%s' "$v" ;;
  esac
done < <(grep -E '^[A-Z_]+=' deploy.env)
: "${DEPLOY_HOST:?}" "${DEPLOY_PATH:?}" "${SERVICE_NAME:?}"

confirm() {
  read -r -p "$1 [y/N] " ans < /dev/tty
  [[ "$ans" =~ ^[Yy]$ ]]
}

restart_and_check() {
  if ! confirm "Restart $SERVICE_NAME on $DEPLOY_HOST?"; then
    echo "Not restarted. Files are uploaded; restart later with: ssh $DEPLOY_HOST sudo systemctl restart $SERVICE_NAME"
    exit 0
  fi
  ssh "$DEPLOY_HOST" "sudo systemctl restart '$SERVICE_NAME'"
  sleep 3
  if [ -n "$HEALTH_URL" ] && curl -fsS --max-time 10 "$HEALTH_URL" >/dev/null; then
    echo "Healthy: $HEALTH_URL"
  else
    echo "Health check failed. Recent logs:" >&2
    ssh "$DEPLOY_HOST" "journalctl -u '$SERVICE_NAME' -n 50 --no-pager" >&2 || true
    exit 1
  fi
}

if [ "${1:-}" = "--rollback" ]; then
  prev="$(ssh "$DEPLOY_HOST" "ls -1dt '$DEPLOY_PATH'/releases/* | sed -n 2p")"
  [ -n "$prev" ] || { echo "No previous release found." >&2; exit 1; }
  echo "Rolling back to $prev"
  confirm "Point current -> $prev?" || exit 0
  ssh "$DEPLOY_HOST" "ln -sfn '$prev' '$DEPLOY_PATH/current'"
  restart_and_check
  exit 0
fi

commit="$(git rev-parse --short HEAD)"
if [ -n "$(git status --porcelain)" ]; then
  echo "Working tree has uncommitted changes." >&2
  confirm "Deploy anyway?" || exit 1
fi

release="$(date -u +%Y%m%d%H%M%S)-$commit"
echo "Plan: commit $commit -> $DEPLOY_HOST:$DEPLOY_PATH/releases/$release, service $SERVICE_NAME"

[ -n "$BUILD_CMD" ] && bash -c "$BUILD_CMD"

rsync -az --delete --exclude .git --exclude node_modules --exclude .env \
  ./ "$DEPLOY_HOST:$DEPLOY_PATH/releases/$release/"
ssh "$DEPLOY_HOST" "ln -sfn '$DEPLOY_PATH/releases/$release' '$DEPLOY_PATH/current'"

restart_and_check
