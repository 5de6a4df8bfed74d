#!/usr/bin/env bash
# Read-only triage collector. Writes everything to a local directory.
# Does not modify the system, does not send data anywhere.
set -euo pipefail

OUT="${1:-./ir-$(hostname)-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$OUT"
chmod 700 "$OUT"

log() { printf '[collect] %s\n' "$*" >&2; }
run() { local name="$1"; shift; log "$name"; { "$@" || true; } >"$OUT/$name.txt" 2>&1; }

run uname            uname -a
run uptime           uptime
run ps               ps auxwwf
run sockets          ss -tupan
run last             last -Faiw
run logged-in        who -a
run systemd-units    systemctl list-unit-files --type=service --no-pager
run timers           systemctl list-timers --all --no-pager
run etc-cron         bash -c 'ls -la /etc/cron* ; cat /etc/crontab /etc/cron.d/* 2>/dev/null'
run ld-preload       bash -c 'cat /etc/ld.so.preload 2>/dev/null; env | grep -i ld_preload'

log "user crontabs"
: >"$OUT/user-crontabs.txt"
for u in $(cut -d: -f1 /etc/passwd); do
  if crontab -l -u "$u" >/tmp/.ct.$$ 2>/dev/null; then
    { echo "### $u"; cat /tmp/.ct.$$; } >>"$OUT/user-crontabs.txt"
  fi
done
rm -f /tmp/.ct.$$

log "authorized_keys (fingerprints and options only, never key material)"
: >"$OUT/authorized-keys.txt"
while IFS=: read -r user _ _ _ _ home _; do
  f="$home/.ssh/authorized_keys"
  [ -f "$f" ] || continue
  echo "### $user ($f) mtime=$(stat -c %y "$f")" >>"$OUT/authorized-keys.txt"
  ssh-keygen -lf "$f" >>"$OUT/authorized-keys.txt" 2>&1 || true
  grep -nE '^(command=|from=|environment=|no-)' "$f" | cut -c1-200 >>"$OUT/authorized-keys.txt" || true
done </etc/passwd

log "custom systemd units"
find /etc/systemd/system /usr/lib/systemd/system -name '*.service' -newer /etc/hostname \
  -exec grep -H '^ExecStart' {} \; >"$OUT/recent-units.txt" 2>/dev/null || true

log "executables in world-writable dirs"
find /tmp /var/tmp /dev/shm -xdev -type f -perm -u+x -printf '%TY-%Tm-%Td %p %s\n' \
  >"$OUT/tmp-executables.txt" 2>/dev/null || true

for f in /var/log/auth.log /var/log/secure; do
  [ -f "$f" ] && tail -n 2000 "$f" >"$OUT/auth-log-tail.txt"
done

log "pattern matching"
PATTERNS="$(dirname "$0")/patterns.txt"
grep -HnEf "$PATTERNS" "$OUT"/*.txt >"$OUT/findings.txt" 2>/dev/null || echo "no pattern hits" >"$OUT/findings.txt"

( cd "$OUT" && sha256sum ./*.txt >SHA256SUMS )
log "done -> $OUT (review findings.txt first)"
