#!/usr/bin/env bash
# Read-only first-response collection. Writes ONLY to ./ir-<host>-<ts>/ on this host.
set -uo pipefail
umask 077

ts="$(date -u +%Y%m%dT%H%M%SZ)"
out="./ir-$(hostname -s)-$ts"
mkdir -p "$out"

run() {  # run <outfile> <command...>
  local f="$out/$1"; shift
  { echo "# $*"; echo "# collected $(date -u +%FT%TZ)"; "$@"; } >"$f" 2>&1 || true
}

run 00-uname.txt        uname -a
run 01-uptime.txt       uptime
run 10-ps.txt           ps auxwwf
run 11-ss.txt           ss -tupan
run 12-listening.txt    ss -tlnp
run 20-last.txt         last -Fa
run 21-who.txt          who -a
run 30-uid0.txt         awk -F: '$3==0 {print $1}' /etc/passwd
run 31-sudo-group.txt   getent group sudo wheel
run 40-cron-system.txt  bash -c 'ls -la /etc/cron* ; cat /etc/crontab'
run 43-timers.txt       systemctl list-timers --all --no-pager
run 44-units-7d.txt     find /etc/systemd /lib/systemd/system -type f -mtime -7 -ls
run 50-modules.txt      lsmod
run 51-ld-preload.txt   bash -c 'ls -la /etc/ld.so.preload && cat /etc/ld.so.preload'
run 60-recent-files.txt find /etc /usr/local /tmp /var/tmp /dev/shm -xdev -type f -mtime -2 -ls

# Per-user cron and authorized_keys (public keys only; never private keys).
while IFS=: read -r user _ uid _ _ home _; do
  [[ "$uid" -ge 1000 || "$uid" -eq 0 ]] || continue
  crontab -l -u "$user" >>"$out/41-cron-users.txt" 2>/dev/null && echo "--- end $user" >>"$out/41-cron-users.txt"
  if [[ -f "$home/.ssh/authorized_keys" ]]; then
    { echo "### $user ($home)"; cat "$home/.ssh/authorized_keys"; } >>"$out/70-authorized-keys.txt"
  fi
done < /etc/passwd

( cd "$out" && sha256sum -- * > SHA256SUMS )
echo "Evidence written to $out (hashes in SHA256SUMS). Nothing was uploaded or changed."
