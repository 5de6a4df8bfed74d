#!/usr/bin/env bash
# Deploy a pre-built release directory on THIS host as a systemd service.
# Every privileged step is printed first; nothing changes until the user approves
# (typed "deploy" on the terminal, or --yes passed after approval in chat).
set -euo pipefail

usage() {
  cat <<'EOF'
usage: deploy.sh --app NAME --src DIR --unit FILE [--health URL] [--keep N] [--dry-run] [--yes]
  --app      service name (lowercase letters, digits, dashes)
  --src      local directory containing the built release
  --unit     systemd unit file, installed as /etc/systemd/system/NAME.service
  --health   localhost URL polled after restart (optional)
  --keep     number of releases to keep (default 5)
  --dry-run  print the plan and exit without changing anything
  --yes      skip the interactive prompt (only after the user approved the plan)
EOF
}

APP="" SRC="" UNIT="" HEALTH="" KEEP=5 DRY=0 YES=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --app)     APP="$2"; shift 2 ;;
    --src)     SRC="$2"; shift 2 ;;
    --unit)    UNIT="$2"; shift 2 ;;
    --health)  HEALTH="$2"; shift 2 ;;
    --keep)    KEEP="$2"; shift 2 ;;
    --dry-run) DRY=1; shift ;;
    --yes)     YES=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage; exit 2 ;;
  esac
done

[[ "$APP" =~ ^[a-z][a-z0-9-]{1,40}$ ]] || { echo "invalid --app name" >&2; exit 2; }
[[ -d "$SRC" ]]  || { echo "--src must be an existing directory" >&2; exit 2; }
[[ -f "$UNIT" ]] || { echo "--unit must be an existing file" >&2; exit 2; }
[[ "$KEEP" =~ ^[1-9][0-9]*$ ]] || { echo "--keep must be >= 1" >&2; exit 2; }
if [[ -n "$HEALTH" && ! "$HEALTH" =~ ^http://(127\.0\.0\.1|localhost)(:[0-9]+)?/ ]]; then
  echo "--health must be an http://127.0.0.1 or http://localhost URL" >&2; exit 2
fi
command -v systemctl >/dev/null || { echo "systemctl not found; this host does not use systemd" >&2; exit 2; }

BASE="/opt/$APP"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
REL="$BASE/releases/$STAMP"
UNIT_DST="/etc/systemd/system/$APP.service"
PREV="$(readlink -f "$BASE/current" 2>/dev/null || true)"
UNIT_CHANGED=1
if [[ -f "$UNIT_DST" ]] && cmp -s "$UNIT" "$UNIT_DST"; then UNIT_CHANGED=0; fi

echo "Deployment plan for '$APP' on $(hostname):"
echo "  1. sudo mkdir -p $REL && sudo rsync -a --delete $SRC/ $REL/"
if (( UNIT_CHANGED )); then
  echo "  2. sudo install -m 0644 $UNIT $UNIT_DST   (diff below)"
  diff -u "$UNIT_DST" "$UNIT" 2>/dev/null | sed 's/^/       /' || true
else
  echo "  2. unit file unchanged, not reinstalling"
fi
echo "  3. sudo ln -sfn $REL $BASE/current   (previous: ${PREV:-none})"
echo "  4. sudo systemctl daemon-reload && sudo systemctl restart $APP"
[[ -n "$HEALTH" ]] && echo "  5. poll $HEALTH for up to 30s; on failure roll back to ${PREV:-<nothing>}"
echo "  6. remove releases older than the newest $KEEP (never the current one)"

if (( DRY )); then echo "dry run: nothing changed"; exit 0; fi
if (( ! YES )); then
  read -r -p "Type 'deploy' to continue: " answer </dev/tty
  [[ "$answer" == "deploy" ]] || { echo "aborted; nothing changed"; exit 1; }
fi

rollback() {
  echo "health check failed; rolling back" >&2
  if [[ -n "$PREV" && -d "$PREV" ]]; then
    sudo ln -sfn "$PREV" "$BASE/current"
    sudo systemctl restart "$APP"
    echo "restored $PREV" >&2
  else
    echo "no previous release to restore; stopping $APP" >&2
    sudo systemctl stop "$APP" || true
  fi
  exit 1
}

sudo mkdir -p "$REL"
sudo rsync -a --delete "$SRC"/ "$REL"/
if (( UNIT_CHANGED )); then sudo install -m 0644 "$UNIT" "$UNIT_DST"; fi
sudo ln -sfn "$REL" "$BASE/current"
sudo systemctl daemon-reload
sudo systemctl restart "$APP"

if [[ -n "$HEALTH" ]]; then
  ok=0
  for _ in $(seq 1 30); do
    if curl -fsS -o /dev/null --max-time 2 "$HEALTH"; then ok=1; break; fi
    sleep 1
  done
  (( ok )) || rollback
  echo "health check passed: $HEALTH"
fi

# Prune old releases. Names are UTC timestamps, so lexical order is age order.
CURRENT="$(readlink -f "$BASE/current")"
mapfile -t old < <(ls -1 "$BASE/releases" | sort | head -n -"$KEEP")
for r in "${old[@]}"; do
  [[ "$r" =~ ^[0-9]{8}T[0-9]{6}Z$ ]] || continue          # only our own stamp-named dirs
  [[ "$BASE/releases/$r" == "$CURRENT" ]] && continue
  sudo rm -rf -- "$BASE/releases/$r"
  echo "pruned $BASE/releases/$r"
done

systemctl --no-pager --lines=5 status "$APP" || true
