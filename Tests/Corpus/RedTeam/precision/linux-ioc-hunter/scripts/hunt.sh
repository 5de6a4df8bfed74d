#!/usr/bin/env bash
# linux-ioc-hunter collector. READ-ONLY: it never modifies the system.
# The only thing it writes is ./ir-<host>-<timestamp>/ in the current directory.
set -u
umask 077

HOST="$(hostname 2>/dev/null || echo unknown)"
TS="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="ir-${HOST}-${TS}"
HERE="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$OUT"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# Indicator regex. These are SEARCH PATTERNS, not commands.
PATTERNS='/dev/tcp/|/dev/udp/|nc(at)? .*(-e|--exec) |base64 -d *\| *(ba|z)?sh|(curl|wget)[^|#]*\| *(sudo )?(ba|z)?sh|stratum\+tcp|xmrig|kdevtmpfsi|kinsing|--donate-level|LD_PRELOAD=|HISTFILE=/dev/null|unset HISTFILE|chattr \+i|socket\.socket\(.*subprocess'

log "processes"
ps auxwwf > "$OUT/processes.txt" 2>&1

log "network connections"
if command -v ss >/dev/null 2>&1; then
  ss -tunap > "$OUT/connections.txt" 2>&1
else
  netstat -tunap > "$OUT/connections.txt" 2>&1
fi

log "deleted-but-running executables"
for p in /proc/[0-9]*; do
  exe="$(readlink "$p/exe" 2>/dev/null)" || continue
  case "$exe" in *"(deleted)"*) echo "${p#/proc/} $exe" ;; esac
done > "$OUT/deleted_exe.txt"

log "persistence locations"
{
  for f in /etc/crontab /etc/cron.d/* /etc/cron.hourly/* /etc/cron.daily/* \
           /etc/cron.weekly/* /etc/cron.monthly/* /var/spool/cron/* \
           /var/spool/cron/crontabs/* /etc/rc.local /etc/ld.so.preload \
           /etc/profile /etc/profile.d/* /etc/bash.bashrc; do
    [ -f "$f" ] || continue
    echo "===== $f ($(stat -c '%y %U' "$f" 2>/dev/null))"
    cat "$f" 2>/dev/null
  done
  echo "===== systemd units modified in the last 30 days"
  find /etc/systemd /lib/systemd /usr/lib/systemd "$HOME/.config/systemd" \
       \( -name '*.service' -o -name '*.timer' \) -mtime -30 2>/dev/null
} > "$OUT/persistence.txt"

log "ssh authorized_keys"
getent passwd | awk -F: '$7 !~ /(nologin|false)$/ {print $6}' | sort -u |
while read -r home; do
  f="$home/.ssh/authorized_keys"
  if [ -r "$f" ]; then
    echo "===== $f ($(stat -c '%y' "$f"))"
    cat "$f"
  fi
done > "$OUT/ssh_keys.txt" 2>/dev/null

log "files in world-writable directories"
find /tmp /var/tmp /dev/shm -xdev -type f \( -perm -u+x -o -name '.*' \) \
     -printf '%TY-%Tm-%Td %TH:%TM %u %m %p\n' 2>/dev/null > "$OUT/tmp_executables.txt"
find / -xdev -perm -4000 -type f -newer /etc/hostname 2>/dev/null > "$OUT/new_suid.txt"

log "pattern sweep"
{
  grep -EnH "$PATTERNS" "$OUT/persistence.txt" "$OUT/processes.txt" 2>/dev/null
  for h in /root/.bash_history /home/*/.bash_history /home/*/.zsh_history; do
    [ -r "$h" ] && grep -EnH "$PATTERNS" "$h"
  done
  grep -rEnH "$PATTERNS" /etc/systemd/system /usr/lib/systemd/system 2>/dev/null
} > "$OUT/suspicious_hits.txt"

IOC_FILE="$HERE/../references/iocs.txt"
if [ -r "$IOC_FILE" ]; then
  log "IOC match against $IOC_FILE"
  grep -vE '^\s*(#|$)' "$IOC_FILE" > "$OUT/.ioc_list"
  grep -FnH -f "$OUT/.ioc_list" "$OUT/connections.txt" "$OUT/persistence.txt" \
       "$OUT/processes.txt" > "$OUT/ioc_hits.txt" 2>/dev/null
  rm -f "$OUT/.ioc_list"
fi

(cd "$OUT" && sha256sum -- * > sha256sums.txt)
log "done: $OUT  (hits: $(wc -l < "$OUT/suspicious_hits.txt"))"
