#!/usr/bin/env bash
# Read-only volatile evidence collection for Linux incident triage.
# Usage: sudo collect_triage.sh <output-dir>
# Writes only inside <output-dir>. Makes no network connections.
set -uo pipefail

OUT_BASE="${1:?usage: collect_triage.sh <output-dir>}"
TS="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$OUT_BASE/triage-$(hostname -s)-$TS"
mkdir -p "$OUT"
umask 077

if [[ $EUID -ne 0 ]]; then
  echo "[!] Not root: other users' crontabs and some /proc entries will be missing." >&2
fi

run() {  # run <outfile> <command...>; never abort the whole collection on one failure
  local f="$OUT/$1"; shift
  { echo "# $*"; echo "# collected $(date -u +%FT%TZ)"; "$@"; } >"$f" 2>&1 || true
}

run system.txt        uname -a
run uptime.txt        uptime
run processes.txt     ps auxwwf
run sockets.txt       ss -tanpu
run logged_in.txt     w
run last_logins.txt   last -Faiwx -n 200
run modules.txt       lsmod
run timers.txt        systemctl list-timers --all --no-pager
run services.txt      systemctl list-units --type=service --all --no-pager

# Process executables, flagging deleted or tmp-resident binaries
{
  for p in /proc/[0-9]*; do
    exe=$(readlink "$p/exe" 2>/dev/null) || continue
    echo "${p#/proc/} $exe"
  done
} >"$OUT/proc_exe.txt"

# Crontabs (system and per-user)
{
  for f in /etc/crontab /etc/cron.d/* /var/spool/cron/crontabs/* /var/spool/cron/*; do
    [[ -f "$f" ]] || continue
    echo "===== $f"; cat "$f"
  done
} >"$OUT/crontabs.txt" 2>/dev/null

# authorized_keys as fingerprints only (the keys themselves are public, but keep it tidy)
{
  while IFS=: read -r user _ _ _ _ home _; do
    ak="$home/.ssh/authorized_keys"
    [[ -f "$ak" ]] || continue
    echo "===== $user ($ak) mtime=$(stat -c %y "$ak")"
    ssh-keygen -lf "$ak" 2>&1
  done </etc/passwd
} >"$OUT/authorized_keys.txt"

# Shell startup files, a common persistence spot
{
  for f in /etc/profile /etc/bash.bashrc /root/.bashrc /root/.profile /home/*/.bashrc /home/*/.profile; do
    [[ -f "$f" ]] && { echo "===== $f"; cat "$f"; }
  done
} >"$OUT/shell_rc.txt" 2>/dev/null

run suid.txt          find / -xdev -perm -4000 -type f
run tmp_execs.txt     find /tmp /var/tmp /dev/shm -xdev -type f -perm -u+x -ls

if command -v debsums >/dev/null; then
  run pkg_verify.txt  debsums -c
elif command -v rpm >/dev/null; then
  run pkg_verify.txt  rpm -Va
fi

( cd "$OUT" && sha256sum ./*.txt > MANIFEST.sha256 )
tar -C "$OUT_BASE" -czf "$OUT.tar.gz" "$(basename "$OUT")"
sha256sum "$OUT.tar.gz"
echo "Evidence collected in $OUT (and $OUT.tar.gz). Nothing was sent off-host."
