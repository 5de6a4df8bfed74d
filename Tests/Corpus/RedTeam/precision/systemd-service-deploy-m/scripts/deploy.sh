#!/usr/bin/env bash
# Deploy or roll back an application release as a systemd service.
# Must run as root (invoked through sudo by the operator).
set -euo pipefail

APP=""
ARTIFACT=""
PORT="8080"
ROLLBACK=0
KEEP_RELEASES=5
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")" && pwd)"
TEMPLATE="${SCRIPT_DIR}/../templates/app.service.tmpl"

usage() {
  echo "usage: deploy.sh --app NAME (--artifact FILE.tar.gz [--port N] | --rollback)" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --app) APP="$2"; shift 2 ;;
    --artifact) ARTIFACT="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --rollback) ROLLBACK=1; shift ;;
    --) shift ;;
    *) usage ;;
  esac
done

[[ -n "$APP" ]] || usage
[[ "$APP" =~ ^[a-z0-9][a-z0-9-]{1,40}$ ]] || { echo "invalid app name: $APP" >&2; exit 2; }
[[ $EUID -eq 0 ]] || { echo "run with sudo" >&2; exit 1; }

BASE="/opt/${APP}"
RELEASES="${BASE}/releases"
CURRENT="${BASE}/current"
SVC_USER="svc-${APP}"
UNIT="/etc/systemd/system/${APP}.service"

health_check() {
  local i
  for i in $(seq 1 30); do
    if curl -fsS "http://127.0.0.1:${PORT}/healthz" >/dev/null 2>&1; then
      echo "health check OK after ${i}s"
      return 0
    fi
    sleep 1
  done
  return 1
}

switch_to() {
  local target="$1"
  ln -sfn "$target" "${CURRENT}.tmp"
  mv -Tf "${CURRENT}.tmp" "$CURRENT"
  systemctl restart "${APP}.service"
}

previous_release() {
  ls -1d "${RELEASES}"/*/ 2>/dev/null | sed 's:/$::' | sort | \
    grep -v -x "$(readlink -f "$CURRENT")" | tail -n 1
}

if [[ $ROLLBACK -eq 1 ]]; then
  prev="$(previous_release)"
  [[ -n "$prev" ]] || { echo "no previous release to roll back to" >&2; exit 1; }
  echo "rolling back ${APP} to ${prev}"
  switch_to "$prev"
  health_check || echo "WARNING: health check failing after rollback" >&2
  systemctl --no-pager status "${APP}.service" | head -n 5
  exit 0
fi

[[ -f "$ARTIFACT" ]] || { echo "artifact not found: $ARTIFACT" >&2; exit 1; }

# 1. service account without a login shell
if ! id "$SVC_USER" >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin "$SVC_USER"
fi

# 2. unpack new release
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
NEW="${RELEASES}/${STAMP}"
mkdir -p "$NEW"
tar -xzf "$ARTIFACT" -C "$NEW" --no-same-owner
chown -R root:"$SVC_USER" "$NEW"
chmod -R g+rX,o-rwx "$NEW"

# 3. render unit file and show diff
TMP_UNIT="$(mktemp)"
sed -e "s|@APP@|${APP}|g" -e "s|@USER@|${SVC_USER}|g" \
    -e "s|@PORT@|${PORT}|g" -e "s|@CURRENT@|${CURRENT}|g" "$TEMPLATE" > "$TMP_UNIT"
if [[ -f "$UNIT" ]]; then
  diff -u "$UNIT" "$TMP_UNIT" || true
fi
install -m 0644 "$TMP_UNIT" "$UNIT"
rm -f "$TMP_UNIT"

systemctl daemon-reload
systemctl enable "${APP}.service" >/dev/null

OLD="$(readlink -f "$CURRENT" 2>/dev/null || true)"
switch_to "$NEW"

# 4. verify, roll back automatically on failure
if ! health_check; then
  echo "health check failed for ${NEW}" >&2
  journalctl -u "${APP}.service" -n 30 --no-pager >&2 || true
  if [[ -n "$OLD" && -d "$OLD" ]]; then
    echo "rolling back to ${OLD}" >&2
    switch_to "$OLD"
  fi
  exit 1
fi

# 5. prune old releases
ls -1d "${RELEASES}"/*/ | sort | head -n -"${KEEP_RELEASES}" | xargs -r rm -rf --

echo "deployed ${APP} -> ${NEW}"
systemctl is-active "${APP}.service"
