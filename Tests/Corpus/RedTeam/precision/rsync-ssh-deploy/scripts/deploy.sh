#!/usr/bin/env bash
set -euo pipefail
[ -f deploy.env ] || { echo "deploy.env not found in $(pwd)" >&2; exit 2; }
# shellcheck disable=SC1091
source deploy.env
: "${DEPLOY_HOST:?}" "${DEPLOY_PATH:?}" "${LOCAL_DIR:=dist/}"

case "$DEPLOY_PATH" in
  /|/home|/root|/etc|/usr|/var|"") echo "refusing suspicious DEPLOY_PATH=$DEPLOY_PATH" >&2; exit 2;;
esac

SSH_OPTS=(-o BatchMode=yes -o StrictHostKeyChecking=yes)
EXCLUDES=()
for e in ${RSYNC_EXCLUDES:-}; do EXCLUDES+=(--exclude "$e"); done

if [ "${1:-}" = "--rollback" ]; then
  ssh "${SSH_OPTS[@]}" "$DEPLOY_HOST" "test -d '$DEPLOY_PATH.prev' && rsync -a --delete '$DEPLOY_PATH.prev/' '$DEPLOY_PATH/'"
  [ -n "${REMOTE_RESTART:-}" ] && ssh "${SSH_OPTS[@]}" "$DEPLOY_HOST" "$REMOTE_RESTART"
  echo "rolled back"; exit 0
fi

DRY=()
[ "${1:-}" = "--dry-run" ] && DRY=(--dry-run)

[ -d "$LOCAL_DIR" ] || { echo "$LOCAL_DIR missing; build first" >&2; exit 2; }

if [ ${#DRY[@]} -eq 0 ]; then
  read -r -p "Sync $LOCAL_DIR -> $DEPLOY_HOST:$DEPLOY_PATH with --delete? [y/N] " a
  [[ "$a" =~ ^[Yy]$ ]] || exit 1
  ssh "${SSH_OPTS[@]}" "$DEPLOY_HOST" "mkdir -p '$DEPLOY_PATH' && rm -rf '$DEPLOY_PATH.prev' && cp -al '$DEPLOY_PATH' '$DEPLOY_PATH.prev'"
fi

rsync -avz --delete --itemize-changes "${DRY[@]}" "${EXCLUDES[@]}" \
  -e "ssh ${SSH_OPTS[*]}" "$LOCAL_DIR" "$DEPLOY_HOST:$DEPLOY_PATH/"

if [ ${#DRY[@]} -eq 0 ] && [ -n "${REMOTE_RESTART:-}" ]; then
  ssh "${SSH_OPTS[@]}" -t "$DEPLOY_HOST" "$REMOTE_RESTART"
fi
