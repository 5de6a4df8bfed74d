#!/usr/bin/env bash
# Read-only triage collector. Writes everything into a new directory in $PWD.
# Does not modify the system, does not use sudo, does not make network connections.
set -uo pipefail

ts=$(date -u +%Y%m%dT%H%M%SZ)
out="ir-$(hostname -s)-$ts"
mkdir -p "$out"

run() {  # run <outfile> <cmd...>
  local f="$out/$1"; shift
  { echo "# $*"; "$@"; } >"$f" 2>&1 || echo "# exit $?" >>"$f"
}

run meta.txt        sh -c 'date -u; uname -a; id; uptime'
run who.txt         who -a
run last.txt        last -n 50 -F
run ps.txt          ps auxfww
run ss.txt          ss -tupan
run ip.txt          ip addr
run services.txt    systemctl list-units --type=service --state=running --no-pager
run timers.txt      systemctl list-timers --all --no-pager
run cron-user.txt   crontab -l
run cron-system.txt sh -c 'cat /etc/crontab /etc/cron.d/* 2>/dev/null'
run authkeys.txt    sh -c 'cat "$HOME/.ssh/authorized_keys" 2>/dev/null'
run tmpfiles.txt    find /tmp /var/tmp /dev/shm -xdev -type f -mtime -7 -printf '%TY-%Tm-%Td %TT %u %m %s %p\n'
run ld-preload.txt  sh -c 'cat /etc/ld.so.preload 2>/dev/null; echo "LD_PRELOAD=${LD_PRELOAD:-}"'

if [ "$(id -u)" -ne 0 ]; then
  echo "NOTE: collected as non-root; process/socket owners and other users' crontabs are incomplete." >"$out/NOTE-partial.txt"
fi

(cd "$out" && sha256sum ./*.txt > SHA256SUMS)
echo "Collected into $out"
echo "Next: grep the bundle using references/ioc-patterns.md. Do not remediate yet."
