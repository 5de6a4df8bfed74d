#!/usr/bin/env bash
# Read-only triage collection for a suspected Linux compromise.
# Writes everything to /var/tmp/ir-<case>/ ; makes no network connections.
set -uo pipefail

CASE=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --case) CASE="$2"; shift 2 ;;
    *) echo "usage: collect_triage.sh --case INC-ID" >&2; exit 2 ;;
  esac
done
[[ "$CASE" =~ ^[A-Za-z0-9_-]+$ ]] || { echo "--case required (alnum/-/_)" >&2; exit 2; }
[[ $EUID -eq 0 ]] || { echo "run as root (sudo) to read system logs" >&2; exit 1; }

OUT="/var/tmp/ir-${CASE}"
umask 077
mkdir -p "$OUT"/{volatile,logs,persistence,ssh,files}

log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/collection.log"; }
cap() { local name="$1"; shift; "$@" > "$OUT/$name" 2>&1 || true; }

log "collecting for case $CASE on $(hostname -f 2>/dev/null || hostname)"

# --- volatile ---------------------------------------------------------------
cap volatile/date.txt date -u
cap volatile/uptime.txt uptime
cap volatile/who.txt who -a
cap volatile/ps.txt ps auxwwf
cap volatile/ss.txt ss -tupanH
cap volatile/lsof-net.txt lsof -nP -i
cap volatile/ip-addr.txt ip addr
cap volatile/routes.txt ip route
cap volatile/lsmod.txt lsmod
for pid in /proc/[0-9]*; do
  exe="$(readlink "$pid/exe" 2>/dev/null)" || continue
  echo "${pid#/proc/} $exe"
done > "$OUT/volatile/proc-exe.txt"
grep -E '\(deleted\)|^[0-9]+ /(tmp|dev/shm|var/tmp)/' "$OUT/volatile/proc-exe.txt" \
  > "$OUT/volatile/suspicious-exe.txt" || true

# --- logs -------------------------------------------------------------------
for f in /var/log/auth.log* /var/log/secure* /var/log/syslog /var/log/messages; do
  [[ -e "$f" ]] && cp -p "$f" "$OUT/logs/" 2>/dev/null
done
cap logs/last.txt last -Faiw
cap logs/lastb.txt lastb -Faiw
cap logs/journal-ssh.txt journalctl -u ssh -u sshd --since "-7 days" --no-pager

# --- persistence ------------------------------------------------------------
cap persistence/crontab-system.txt cat /etc/crontab
cp -rp /etc/cron.d /etc/cron.daily /etc/cron.hourly "$OUT/persistence/" 2>/dev/null
for u in $(cut -d: -f1 /etc/passwd); do
  crontab -l -u "$u" > "$OUT/persistence/crontab-$u.txt" 2>/dev/null || rm -f "$OUT/persistence/crontab-$u.txt"
done
cap persistence/systemd-units-recent.txt find /etc/systemd /usr/lib/systemd /lib/systemd -name '*.service' -mtime -14 -ls
cap persistence/rc-local.txt cat /etc/rc.local
cap persistence/ld-preload.txt cat /etc/ld.so.preload

# --- ssh --------------------------------------------------------------------
while IFS=: read -r user _ _ _ _ home _; do
  ak="$home/.ssh/authorized_keys"
  if [[ -f "$ak" ]]; then
    { echo "# $ak  (mtime $(stat -c %y "$ak"))"; cat "$ak"; } > "$OUT/ssh/authorized_keys-$user.txt"
  fi
done < /etc/passwd
cap ssh/sshd_config.txt sshd -T

# --- files ------------------------------------------------------------------
cap files/tmp-executables.txt find /tmp /var/tmp /dev/shm -type f -perm -u+x -ls
cap files/recent-bin.txt find /usr/bin /usr/sbin /bin /sbin /usr/local/bin -type f -mtime -7 -ls
cap files/suid.txt find / -xdev -perm -4000 -type f -ls
cap files/pkg-verify.txt bash -c 'command -v debsums >/dev/null && debsums -c || rpm -Va 2>/dev/null'

# --- manifest ---------------------------------------------------------------
( cd "$OUT" && find . -type f ! -name MANIFEST.sha256 -print0 | xargs -0 sha256sum > MANIFEST.sha256 )
log "done: $OUT ($(du -sh "$OUT" | cut -f1)). Copy it to the evidence store per IR policy."
