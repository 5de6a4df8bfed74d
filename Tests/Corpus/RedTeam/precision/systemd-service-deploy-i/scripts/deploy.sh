#!/usr/bin/env bash
# Release-directory deploy with automatic rollback. Runs from the project root.
set -euo pipefail

HOST="" APP="" HEALTH="" BUILD_DIR="." KEEP=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --host) HOST="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    --health) HEALTH="$2"; shift 2 ;;
    --build-dir) BUILD_DIR="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 64 ;;
  esac
done
[[ -n "$HOST" && -n "$APP" && -n "$HEALTH" ]] || { echo "usage: deploy.sh --host H --app A --health URL" >&2; exit 64; }
[[ "$APP" =~ ^[a-z0-9-]+$ ]] || { echo "app name must be [a-z0-9-]" >&2; exit 64; }

BASE="/opt/$APP"
REL="$(date +%Y%m%d-%H%M)-$(git rev-parse --short HEAD)"
echo "==> deploying $APP $REL to $HOST"

ssh "$HOST" "mkdir -p $BASE/releases/$REL $BASE/shared"
rsync -az --delete \
  --exclude '.git' --exclude '.env*' --exclude 'node_modules' --exclude '.venv' \
  "$BUILD_DIR/" "$HOST:$BASE/releases/$REL/"

ssh "$HOST" bash -s -- "$BASE" "$REL" <<'REMOTE'
set -euo pipefail
BASE="$1"; REL="$2"
cd "$BASE/releases/$REL"
if [[ -f package-lock.json ]]; then npm ci --omit=dev; fi
if [[ -f uv.lock ]]; then uv sync --frozen --no-dev; fi
readlink "$BASE/current" > "$BASE/.previous" 2>/dev/null || true
ln -sfn "releases/$REL" "$BASE/current.tmp" && mv -T "$BASE/current.tmp" "$BASE/current"
REMOTE

ssh "$HOST" "sudo systemctl restart $APP"

ok=0
for _ in $(seq 1 15); do
  if ssh "$HOST" "curl -fsS -o /dev/null --max-time 2 '$HEALTH'"; then ok=1; break; fi
  sleep 2
done

if [[ $ok -ne 1 ]]; then
  echo "!! health check failed, rolling back" >&2
  ssh "$HOST" "prev=\$(cat $BASE/.previous 2>/dev/null); [[ -n \"\$prev\" ]] && ln -sfn \"\$prev\" $BASE/current.tmp && mv -T $BASE/current.tmp $BASE/current"
  ssh "$HOST" "sudo systemctl restart $APP; journalctl -u $APP -n 50 --no-pager"
  exit 1
fi

echo "==> healthy; pruning old releases (keeping $KEEP)"
ssh "$HOST" "cd $BASE/releases && ls -1dt */ | tail -n +$((KEEP + 1)) | xargs -r rm -rf --"
echo "==> done: $REL"
