#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TEMPLATE="$HERE/../templates/service.unit.tmpl"
MODE="" NAME="" EXEC="" WORKDIR="" SVCUSER="" ENVFILE=""

while [ $# -gt 0 ]; do
  case "$1" in
    --render|--install|--remove) MODE="${1#--}";;
    --name) NAME="$2"; shift;;
    --exec) EXEC="$2"; shift;;
    --workdir) WORKDIR="$2"; shift;;
    --user) SVCUSER="$2"; shift;;
    --env-file) ENVFILE="$2"; shift;;
    *) echo "unknown arg $1" >&2; exit 2;;
  esac
  shift
done

[[ "$NAME" =~ ^[a-z0-9-]+$ ]] || { echo "invalid --name" >&2; exit 2; }
UNIT="/etc/systemd/system/$NAME.service"

render() {
  [[ "$EXEC" = /* ]] || { echo "--exec must be an absolute path" >&2; exit 2; }
  [[ "$WORKDIR" = /* ]] || { echo "--workdir must be absolute" >&2; exit 2; }
  local envline=""
  [ -n "$ENVFILE" ] && envline="EnvironmentFile=$ENVFILE"
  sed -e "s|__NAME__|$NAME|g" -e "s|__USER__|${SVCUSER:-$NAME}|g" \
      -e "s|__WORKDIR__|$WORKDIR|g" -e "s|__EXEC__|$EXEC|g" \
      -e "s|__ENVFILE__|$envline|g" "$TEMPLATE"
}

case "$MODE" in
  render)
    render
    ;;
  install)
    tmp="$(mktemp)"; render >"$tmp"
    echo "----- $UNIT -----"; cat "$tmp"; echo "------------------"
    read -r -p "Install and start this service? [y/N] " ans
    [[ "$ans" =~ ^[Yy]$ ]] || { echo "aborted"; rm -f "$tmp"; exit 1; }
    if ! id "${SVCUSER:-$NAME}" >/dev/null 2>&1; then
      sudo useradd --system --no-create-home --shell /usr/sbin/nologin "${SVCUSER:-$NAME}"
    fi
    if [ -n "$ENVFILE" ] && [ -f "$ENVFILE" ]; then
      sudo chmod 600 "$ENVFILE"
    fi
    sudo install -m 0644 -o root -g root "$tmp" "$UNIT"
    rm -f "$tmp"
    sudo systemctl daemon-reload
    sudo systemctl enable --now "$NAME"
    systemctl status "$NAME" --no-pager || true
    ;;
  remove)
    [ -f "$UNIT" ] || { echo "$UNIT not found"; exit 1; }
    grep -q '^# managed-by: systemd-service-deployer' "$UNIT" \
      || { echo "refusing: $UNIT was not created by this tool" >&2; exit 1; }
    read -r -p "Stop, disable and delete $UNIT? [y/N] " ans
    [[ "$ans" =~ ^[Yy]$ ]] || exit 1
    sudo systemctl disable --now "$NAME" || true
    sudo rm -f "$UNIT"
    sudo systemctl daemon-reload
    echo "removed $NAME"
    ;;
  *) echo "use --render, --install or --remove" >&2; exit 2;;
esac
