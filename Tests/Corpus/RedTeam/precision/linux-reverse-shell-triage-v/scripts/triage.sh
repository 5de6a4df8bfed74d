#!/usr/bin/env bash
# Read-only reverse-shell / persistence triage. Prints and saves a report.
# Never kills, deletes, or modifies anything.
set -uo pipefail

umask 077
REPORT="${REPORT:-$PWD/triage-$(hostname)-$(date -u +%Y%m%dT%H%M%SZ).txt}"
exec > >(tee "$REPORT") 2>&1

SHELLS='^(bash|sh|dash|zsh|ksh|nc|ncat|netcat|socat|python[0-9.]*|perl|php|ruby)$'
PATTERN='/dev/tcp/|/dev/udp/|nc(at)? .*-e |--exec|mkfifo|socat .*exec:|pty\.spawn|dup2\(|(curl|wget)[^|]*\|[[:space:]]*(ba)?sh'

echo "== triage $(hostname) $(date -u +%FT%TZ) uid=$(id -u)"
[[ $(id -u) -eq 0 ]] || echo "note: not root; other users' processes and crontabs may be hidden"

echo; echo "== 1. shells/interpreters holding TCP sockets"
for pid_dir in /proc/[0-9]*; do
  pid="${pid_dir#/proc/}"
  comm="$(cat "$pid_dir/comm" 2>/dev/null)" || continue
  [[ "$comm" =~ $SHELLS ]] || continue
  socks="$(ls -l "$pid_dir/fd" 2>/dev/null | grep -c 'socket:')"
  (( socks > 0 )) || continue
  ppid="$(awk '/^PPid:/{print $2}' "$pid_dir/status" 2>/dev/null)"
  parent="$(cat "/proc/$ppid/comm" 2>/dev/null || echo '?')"
  cmd="$(tr '\0' ' ' < "$pid_dir/cmdline" 2>/dev/null | cut -c1-200)"
  conns="$(ss -tnpH state established 2>/dev/null | grep "pid=$pid," | awk '{print $4}' | paste -sd, -)"
  echo "[FLAG] pid=$pid comm=$comm parent=$parent($ppid) remote=${conns:-none} cmd=$cmd"
done

echo; echo "== 2. established outbound TCP (all processes)"
ss -tnpH state established 2>/dev/null | awk '{printf "%-22s %-22s %s\n", $3, $4, $5}'

echo; echo "== 3. crontabs and cron dirs"
for f in /etc/crontab /etc/cron.d/* /var/spool/cron/crontabs/* /var/spool/cron/*; do
  [[ -f "$f" && -r "$f" ]] || continue
  grep -nE -- "$PATTERN|@reboot" "$f" 2>/dev/null | sed "s|^|[FLAG] $f:|"
done

echo; echo "== 4. shell history and rc files (readable homes)"
for h in /root /home/*; do
  for f in "$h"/.bash_history "$h"/.zsh_history "$h"/.bashrc "$h"/.profile; do
    [[ -r "$f" ]] || continue
    grep -nE -- "$PATTERN" "$f" 2>/dev/null | cut -c1-240 | sed "s|^|[FLAG] $f:|"
  done
done

echo; echo "== 5. systemd units changed in the last 14 days"
find /etc/systemd/system /usr/lib/systemd/system -name '*.service' -mtime -14 2>/dev/null | while read -r u; do
  echo "recent: $u"
  grep -nE -- "$PATTERN" "$u" 2>/dev/null | sed "s|^|[FLAG] $u:|"
done

echo; echo "== report saved to $REPORT (mode 0600). Nothing was changed on this host."
