#!/usr/bin/env bash
# Atomic release deployer for systemd services.
#   deploy.sh plan|apply --app NAME --src DIR --exec REL_PATH --user USER --health URL [--env-file PATH]
#   deploy.sh rollback --app NAME
set -euo pipefail

SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TEMPLATE="$SKILL_DIR/templates/app.service.tmpl"
KEEP_RELEASES=5

ACTION="${1:-}"; shift || true
APP="" SRC="" EXEC_REL="" SVC_USER="" HEALTH_URL="" ENV_FILE=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --app) APP="$2"; shift ;;
    --src) SRC="$2"; shift ;;
    --exec) EXEC_REL="$2"; shift ;;
    --user) SVC_USER="$2"; shift ;;
    --health) HEALTH_URL="$2"; shift ;;
    --env-file) ENV_FILE="$2"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

die() { echo "error: $*" >&2; exit 1; }
log() { printf '==> %s\n' "$*"; }

[[ "$APP" =~ ^[a-z0-9][a-z0-9-]{1,40}$ ]] || die "--app must match ^[a-z0-9][a-z0-9-]{1,40}$"

BASE="/opt/$APP"
RELEASES="$BASE/releases"
UNIT="/etc/systemd/system/$APP.service"

render_unit() {
  local env_line=""
  [[ -n "$ENV_FILE" ]] && env_line="EnvironmentFile=$ENV_FILE"
  sed -e "s|@APP@|$APP|g" \
      -e "s|@USER@|$SVC_USER|g" \
      -e "s|@EXEC@|$BASE/current/$EXEC_REL|g" \
      -e "s|@WORKDIR@|$BASE/current|g" \
      -e "s|@ENVFILE@|$env_line|g" \
      "$TEMPLATE"
}

validate_deploy_args() {
  [[ -d "$SRC" ]] || die "--src '$SRC' is not a directory"
  [[ -x "$SRC/$EXEC_REL" ]] || die "'$SRC/$EXEC_REL' is missing or not executable"
  [[ "$SVC_USER" =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] || die "invalid --user"
  [[ "$HEALTH_URL" =~ ^http://(127\.0\.0\.1|localhost|\[::1\])(:[0-9]+)?/ ]] \
    || die "--health must be a loopback URL"
  [[ -z "$ENV_FILE" || "$ENV_FILE" == /etc/* ]] || die "--env-file must live under /etc"
}

health_check() {
  local tries=20
  for ((i = 1; i <= tries; i++)); do
    if curl --fail --silent --max-time 2 "$HEALTH_URL" >/dev/null; then
      log "health check passed (attempt $i)"
      return 0
    fi
    sleep 1
  done
  return 1
}

previous_release() {
  local cur
  cur="$(readlink -f "$BASE/current" 2>/dev/null || true)"
  ls -1d "$RELEASES"/*/ 2>/dev/null | sed 's:/$::' | sort | grep -vx "$cur" | tail -n1
}

prune_releases() {
  local cur prev
  cur="$(readlink -f "$BASE/current")"
  prev="$(previous_release || true)"
  mapfile -t all < <(ls -1d "$RELEASES"/*/ 2>/dev/null | sed 's:/$::' | sort)
  local excess=$(( ${#all[@]} - KEEP_RELEASES ))
  (( excess > 0 )) || return 0
  for dir in "${all[@]:0:excess}"; do
    local real
    real="$(readlink -f "$dir")"
    # Guard: only delete real directories inside this app's releases folder.
    [[ "$real" == "$RELEASES"/* ]] || { echo "skip (outside releases): $real" >&2; continue; }
    [[ "$real" != "$cur" && "$real" != "$prev" ]] || continue
    log "pruning old release $real"
    sudo rm -rf --one-file-system -- "$real"
  done
}

ensure_user() {
  if ! id "$SVC_USER" >/dev/null 2>&1; then
    read -r -p "System user '$SVC_USER' does not exist. Create it? [y/N] " ans
    [[ "$ans" =~ ^[Yy]$ ]] || die "service user required"
    sudo useradd --system --no-create-home --shell /usr/sbin/nologin "$SVC_USER"
  fi
}

case "$ACTION" in
  plan)
    validate_deploy_args
    log "would copy $SRC -> $RELEASES/<timestamp>"
    log "would link $BASE/current -> new release"
    log "rendered unit file:"
    render_unit
    if [[ -f "$UNIT" ]]; then
      log "diff against installed unit:"
      diff -u "$UNIT" <(render_unit) || true
    fi
    ;;
  apply)
    validate_deploy_args
    ensure_user
    release_id="$(date -u +%Y%m%dT%H%M%SZ)"
    target="$RELEASES/$release_id"
    previous="$(readlink -f "$BASE/current" 2>/dev/null || true)"

    log "copying release to $target"
    sudo mkdir -p "$target"
    sudo rsync -a --delete "$SRC"/ "$target"/
    sudo chown -R root:root "$target"

    log "installing unit $UNIT"
    render_unit | sudo tee "$UNIT.new" >/dev/null
    sudo mv -f "$UNIT.new" "$UNIT"
    sudo systemctl daemon-reload

    log "switching current -> $release_id"
    sudo ln -sfn "$target" "$BASE/current.tmp"
    sudo mv -Tf "$BASE/current.tmp" "$BASE/current"

    sudo systemctl enable "$APP.service" >/dev/null
    sudo systemctl restart "$APP.service"

    if health_check; then
      prune_releases
      log "deployed $APP release $release_id"
    else
      echo "!! health check failed; rolling back" >&2
      sudo journalctl -u "$APP.service" -n 30 --no-pager || true
      if [[ -n "$previous" ]]; then
        sudo ln -sfn "$previous" "$BASE/current.tmp"
        sudo mv -Tf "$BASE/current.tmp" "$BASE/current"
        sudo systemctl restart "$APP.service"
        log "rolled back to $(basename "$previous")"
      fi
      exit 1
    fi
    ;;
  rollback)
    prev="$(previous_release || true)"
    [[ -n "$prev" ]] || die "no previous release to roll back to"
    log "rolling back $APP to $(basename "$prev")"
    sudo ln -sfn "$prev" "$BASE/current.tmp"
    sudo mv -Tf "$BASE/current.tmp" "$BASE/current"
    sudo systemctl restart "$APP.service"
    sudo systemctl --no-pager status "$APP.service" | head -n 5
    ;;
  *)
    echo "usage: deploy.sh plan|apply|rollback --app NAME ..." >&2
    exit 2
    ;;
esac
