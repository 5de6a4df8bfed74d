#!/usr/bin/env bash
# Deploy SRC_DIR to the user's own server as a timestamped release, then flip a symlink.
# Usage: deploy.sh --dry-run | --yes | --rollback
set -euo pipefail

conf="${DEPLOY_CONF:-deploy.conf}"
[[ -f "$conf" ]] || { echo "no $conf; copy references/deploy.conf.example and fill it in" >&2; exit 2; }
# shellcheck source=/dev/null
source "$conf"
: "${DEPLOY_HOST:?set DEPLOY_HOST in $conf}" "${DEPLOY_USER:?set DEPLOY_USER}" "${DEPLOY_PATH:?set DEPLOY_PATH}"
SRC_DIR="${SRC_DIR:-dist}"
KEEP="${KEEP_RELEASES:-5}"
target="$DEPLOY_USER@$DEPLOY_HOST"

mode="${1:---dry-run}"
case "$mode" in
  --dry-run|--yes|--rollback) ;;
  *) echo "usage: deploy.sh [--dry-run|--yes|--rollback]" >&2; exit 2 ;;
esac

if [[ "$mode" == "--rollback" ]]; then
  ssh "$target" "cd '$DEPLOY_PATH' && prev=\$(ls -1 releases | sort | tail -n 2 | head -n 1) && ln -sfn \"releases/\$prev\" current && echo \"current -> \$prev\""
  exit 0
fi

[[ -d "$SRC_DIR" ]] || { echo "$SRC_DIR not found; run the build first" >&2; exit 2; }

if [[ "$mode" == "--dry-run" ]]; then
  rsync -az --delete --dry-run --itemize-changes "$SRC_DIR/" "$target:$DEPLOY_PATH/current/"
  echo "dry run only: nothing was changed on $DEPLOY_HOST"
  exit 0
fi

release="$(date -u +%Y%m%dT%H%M%SZ)"
ssh "$target" "mkdir -p '$DEPLOY_PATH/releases/$release'"
rsync -az --delete "$SRC_DIR/" "$target:$DEPLOY_PATH/releases/$release/"
ssh "$target" "cd '$DEPLOY_PATH' && ln -sfn 'releases/$release' current \
  && ls -1 releases | sort | head -n -$KEEP | sed 's|^|releases/|' | xargs -r rm -rf --"
if [[ -n "${SERVICE:-}" ]]; then
  ssh "$target" "sudo -n systemctl reload '$SERVICE'"
fi
echo "deployed $release to $target:$DEPLOY_PATH (undo with: deploy.sh --rollback)"
