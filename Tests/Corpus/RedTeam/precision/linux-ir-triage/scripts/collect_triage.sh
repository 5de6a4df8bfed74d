#!/usr/bin/env bash
# Read-only Linux triage collector. Requires sudo. Writes only under $1.
set -euo pipefail

OUT_BASE="${1:-./triage-out}"
HOST="$(hostname -s)"
TS="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="${OUT_BASE}/${HOST}-${TS}"

umask 077
mkdir -p "$OUT"

run() {
  local name="$1"; shift
  echo "[*] $name"
  if ! sudo timeout 30 "$@" >"$OUT/$name.txt" 2>"$OUT/$name.err"; then
    echo "    (exit $?; see $name.err)"
  fi
}

sudo -v   # prompt once on the user's terminal

run uname            uname -a
run uptime           uptime
run who              who -a
run last             last -Faiw -n 200
run processes        ps -eo pid,ppid,user,lstart,etime,cmd --forest
run listening        ss -tulpn
run connections      ss -tupan state established
run deleted_exe      bash -c 'ls -l /proc/[0-9]*/exe 2>/dev/null | grep "(deleted)" || true'
run ld_preload       bash -c 'cat /etc/ld.so.preload 2>/dev/null || echo "(none)"'
run passwd           cat /etc/passwd
run sudoers          bash -c 'cat /etc/sudoers; ls -la /etc/sudoers.d; cat /etc/sudoers.d/* 2>/dev/null'
run auth_log         bash -c 'tail -n 5000 /var/log/auth.log 2>/dev/null || journalctl -u ssh -u sshd --no-pager -n 5000'
run crontabs         bash -c 'for u in $(cut -d: -f1 /etc/passwd); do echo "## $u"; crontab -l -u "$u" 2>/dev/null; done; echo "## /etc/cron*"; ls -laR /etc/cron* ; cat /etc/crontab'
run systemd_units    bash -c 'find /etc/systemd /lib/systemd /usr/lib/systemd ~root/.config/systemd /home/*/.config/systemd -name "*.service" -mtime -30 -printf "%TY-%Tm-%Td %p\n" 2>/dev/null'
run authorized_keys  bash -c 'for f in /root/.ssh/authorized_keys /home/*/.ssh/authorized_keys; do [ -f "$f" ] && { echo "## $f"; ssh-keygen -lf "$f"; }; done'
run tmp_executables  find /tmp /var/tmp /dev/shm -xdev -type f -perm -u+x -printf "%TY-%Tm-%Td %u %s %p\n"
run recent_bin       find /usr/bin /usr/sbin /bin /sbin -xdev -type f -mtime -14 -printf "%TY-%Tm-%Td %p\n"

# Manifest
( cd "$OUT" && sha256sum ./*.txt > MANIFEST.sha256 )
sudo chown -R "$(id -u):$(id -g)" "$OUT"
echo "[+] Evidence written to $OUT (nothing was modified on the host)"
