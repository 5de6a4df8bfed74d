#!/usr/bin/env bash
# Read-only evidence collection. Writes only to ./ir-<host>-<ts>/
set -uo pipefail

HOST=$(hostname -s)
TS=$(date -u +%Y%m%dT%H%M%SZ)
OUT="./ir-${HOST}-${TS}"
mkdir -p "$OUT"
umask 077

run() {  # run <outfile> <cmd...>
  local f="$OUT/$1"; shift
  { echo "# $*"; "$@"; } >"$f" 2>&1 || echo "(exit $?)" >>"$f"
}

if [ "$(id -u)" -ne 0 ]; then
  echo "warning: not root; auth logs, other users' crontabs and socket owners will be incomplete" | tee "$OUT/WARNING"
fi

# volatile state first
run date.txt          date -u
run uptime.txt        uptime
run who.txt           w
run last.txt          last -n 50 -a
run ps.txt            ps auxwwf
run sockets.txt       ss -tunap
run listen.txt        ss -tulpn
run lsof-deleted.txt  bash -c 'lsof +L1 2>/dev/null | head -200'
run mounts.txt        mount
run env-of-pid1.txt   bash -c 'tr "\0" "\n" < /proc/1/environ 2>/dev/null | cut -d= -f1'

# persistence locations (listing only)
run cron-system.txt   bash -c 'ls -la /etc/cron* /var/spool/cron 2>/dev/null; cat /etc/crontab 2>/dev/null'
run cron-users.txt    bash -c 'for u in $(cut -d: -f1 /etc/passwd); do c=$(crontab -l -u "$u" 2>/dev/null) && printf "== %s ==\n%s\n" "$u" "$c"; done'
run systemd-units.txt bash -c 'systemctl list-unit-files --state=enabled; ls -la --time-style=full-iso /etc/systemd/system'
run authorized-keys.txt bash -c 'for h in /root /home/*; do f="$h/.ssh/authorized_keys"; [ -f "$f" ] && { echo "== $f"; stat -c "%y %U" "$f"; cut -c1-80 "$f"; }; done'
run shell-rc-mtime.txt bash -c 'ls -la --time-style=full-iso /root/.bashrc /root/.profile /home/*/.bashrc /home/*/.profile /home/*/.zshrc 2>/dev/null'
run recent-files.txt  bash -c 'find /tmp /var/tmp /dev/shm /etc /usr/local/bin -xdev -mtime -3 -type f -printf "%TY-%Tm-%Td %TH:%TM %u %p\n" 2>/dev/null | sort | tail -300'
run suid.txt          bash -c 'find / -xdev -perm -4000 -type f 2>/dev/null'

# logs (copied, not truncated)
for f in /var/log/auth.log /var/log/secure /var/log/syslog /var/log/messages; do
  [ -r "$f" ] && cp -p "$f" "$OUT/" 2>/dev/null
done
run journal-ssh.txt   bash -c 'journalctl -u ssh -u sshd --since "-7 days" --no-pager 2>/dev/null | tail -2000'

# hashes of anything executable in temp dirs
run tmp-hashes.txt    bash -c 'find /tmp /var/tmp /dev/shm -xdev -type f -perm -u+x -exec sha256sum {} + 2>/dev/null'

{
  echo "host: $HOST  collected: $TS  uid: $(id -u)"
  echo "listening ports:"; grep -c LISTEN "$OUT/listen.txt" || true
  echo "files modified in last 3 days (sampled):"; wc -l < "$OUT/recent-files.txt"
} > "$OUT/summary.txt"

tar -czf "${OUT}.tar.gz" "$OUT"
sha256sum "${OUT}.tar.gz" | tee "${OUT}.tar.gz.sha256"
echo "Evidence bundle: ${OUT}.tar.gz  (keep it off the suspect host; it may contain secrets)"
