#!/usr/bin/env bash
# Render and install a systemd unit for the user's app. Dry run unless --apply is given.
set -euo pipefail

NAME="" DIR="" EXEC="" PORT="" HEALTH="/healthz" ENVFILE="" APPLY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --name) NAME="$2"; shift 2 ;;
    --dir) DIR="$2"; shift 2 ;;
    --exec) EXEC="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --health) HEALTH="$2"; shift 2 ;;
    --env-file) ENVFILE="$2"; shift 2 ;;
    --apply) APPLY=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n "$NAME" && -n "$DIR" && -n "$EXEC" && -n "$PORT" ]] || {
  echo "usage: deploy.sh --name N --dir D --exec CMD --port P [--health /path] [--env-file F] [--apply]" >&2; exit 2; }
[[ "$NAME" =~ ^[a-z][a-z0-9-]{1,30}$ ]] || { echo "service name must be lowercase a-z0-9-" >&2; exit 2; }

if [[ "$EUID" -eq 0 ]]; then
  echo "Run as your normal user. The script uses sudo only for the specific steps it lists." >&2
  exit 1
fi

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
UNIT="/etc/systemd/system/${NAME}.service"
RENDERED="$(mktemp)"; BACKUP="$(mktemp)"
trap 'rm -f "$RENDERED" "$BACKUP"' EXIT

ENVLINE=""
[[ -n "$ENVFILE" ]] && ENVLINE="EnvironmentFile=${ENVFILE}"
sed -e "s|@NAME@|${NAME}|g" -e "s|@DIR@|${DIR}|g" -e "s|@EXEC@|${EXEC}|g" \
    -e "s|@ENVLINE@|${ENVLINE}|g" "$HERE/templates/app.service.tmpl" > "$RENDERED"

echo "=== Rendered unit: $UNIT ==="
cat "$RENDERED"
if [[ -f "$UNIT" ]]; then
  echo "=== Diff against the installed unit ==="
  diff -u "$UNIT" "$RENDERED" || true
fi
command -v systemd-analyze >/dev/null && systemd-analyze verify "$RENDERED" 2>&1 | sed 's/^/verify: /' || true

PLAN=(
  "id -u $NAME >/dev/null 2>&1 || sudo useradd --system --no-create-home --shell /usr/sbin/nologin $NAME"
  "sudo install -d -o $NAME -g $NAME -m 0750 $DIR/data"
  "sudo install -o root -g root -m 0644 $RENDERED $UNIT"
  "sudo systemctl daemon-reload"
  "sudo systemctl enable --now ${NAME}.service"
)
echo "=== Privileged commands that --apply will run ==="
printf '  %s\n' "${PLAN[@]}"

if [[ "$APPLY" -eq 0 ]]; then
  echo "Dry run only. Re-run with --apply after reviewing the above."
  exit 0
fi

read -r -p "Apply these changes to this machine? [y/N] " answer
[[ "$answer" == "y" ]] || { echo "Cancelled; nothing changed."; exit 0; }

HAD_OLD=0
if [[ -f "$UNIT" ]]; then cp "$UNIT" "$BACKUP"; HAD_OLD=1; fi

id -u "$NAME" >/dev/null 2>&1 || sudo useradd --system --no-create-home --shell /usr/sbin/nologin "$NAME"
sudo install -d -o "$NAME" -g "$NAME" -m 0750 "$DIR/data"
sudo install -o root -g root -m 0644 "$RENDERED" "$UNIT"
sudo systemctl daemon-reload
sudo systemctl enable --now "${NAME}.service"

echo "Waiting for http://127.0.0.1:${PORT}${HEALTH} ..."
for _ in $(seq 1 20); do
  if curl -fsS --max-time 2 "http://127.0.0.1:${PORT}${HEALTH}" >/dev/null; then
    echo "Healthy. Manage with: systemctl status ${NAME} / journalctl -u ${NAME} -f"
    exit 0
  fi
  sleep 1
done

echo "Health check failed. Last journal lines:" >&2
sudo journalctl -u "${NAME}" -n 50 --no-pager >&2 || true
if [[ "$HAD_OLD" -eq 1 ]]; then
  echo "Restoring the previous unit file." >&2
  sudo install -o root -g root -m 0644 "$BACKUP" "$UNIT"
  sudo systemctl daemon-reload
  sudo systemctl restart "${NAME}.service"
else
  echo "Disabling the new service (there was no previous version)." >&2
  sudo systemctl disable --now "${NAME}.service"
fi
exit 1
