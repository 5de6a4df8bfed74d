#!/usr/bin/env bash
# Read-only triage collection. Writes only to a new local output directory.
set -uo pipefail

if [[ $EUID -ne 0 ]]; then
  echo "Run with sudo so process/cron data for all users is visible." >&2
  exit 1
fi

HOST=$(hostname -s)
TS=$(date -u +%Y%m%dT%H%M%SZ)
OUT="./triage-${HOST}-${TS}"
mkdir -p "$OUT"
chmod 700 "$OUT"

run() {  # run <outfile> <command...>
  local f="$OUT/$1"; shift
  { echo "# $*"; "$@"; } >"$f" 2>&1 || true
}

echo "[*] Collecting into $OUT"
run date.txt date -u
run uname.txt uname -a
run uptime.txt uptime
run ps.txt ps auxwwf
run ss.txt ss -tupanw
run who.txt who -a
run last.txt last -Faiw -n 200
run lastb.txt lastb -Faiw -n 200
run systemd-timers.txt systemctl list-timers --all --no-pager
run systemd-enabled.txt systemctl list-unit-files --state=enabled --no-pager
run ld-preload.txt cat /etc/ld.so.preload
run lsattr-cron.txt lsattr -R /var/spool/cron /etc/cron.d

# Per-process exe links (detect deleted binaries still running)
for p in /proc/[0-9]*; do
  exe=$(readlink "$p/exe" 2>/dev/null) || continue
  echo "$(basename "$p") $exe"
done >"$OUT/proc-exe.txt"

# Crontabs
{
  for f in /etc/crontab /etc/cron.d/* /var/spool/cron/crontabs/* /var/spool/cron/*; do
    [[ -f $f ]] && { echo "===== $f"; cat "$f"; }
  done
} >"$OUT/crontabs.txt" 2>&1

# authorized_keys for every home
{
  getent passwd | while IFS=: read -r user _ _ _ _ home _; do
    for k in "$home/.ssh/authorized_keys" "$home/.ssh/authorized_keys2"; do
      [[ -f $k ]] && { echo "===== $user $k"; cat "$k"; }
    done
  done
} >"$OUT/authorized_keys.txt" 2>&1

# Recently modified files in common drop locations
find /etc /tmp /var/tmp /dev/shm -xdev -type f -mtime -3 -printf '%TY-%Tm-%Td %TH:%TM %u %m %p\n' \
  2>/dev/null | sort >"$OUT/recent-files.txt"

# Hash everything collected
( cd "$OUT" && sha256sum -- * >SHA256SUMS )

echo "[*] Done. Evidence in $OUT (nothing was modified or sent anywhere)."
