#!/usr/bin/env bash
# Read-only triage collector. Writes everything under --out; changes nothing else.
set -uo pipefail

OUT=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) OUT="$2"; shift 2 ;;
    -h|--help) echo "usage: collect.sh --out DIR"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$OUT" ]] || { echo "error: --out is required" >&2; exit 2; }

umask 077
mkdir -p "$OUT"
LOG="$OUT/collect.log"
: > "$LOG"

run() {  # run NAME CMD...  -> output to $OUT/NAME.txt, never aborts
  local name="$1"; shift
  { echo "# $*"; "$@"; } > "$OUT/$name.txt" 2>>"$LOG" || echo "note: '$*' failed or was partial" >> "$LOG"
}

if [[ "$(id -u)" -eq 0 ]]; then
  echo "running with root privileges (approved by the operator)" >> "$LOG"
else
  echo "running unprivileged; some sources will be incomplete" >> "$LOG"
fi

run host       uname -a
run uptime     uptime
run processes  ps auxwwf
run sockets    ss -tupan
run logins     last -n 50
[[ "$(id -u)" -eq 0 ]] && run failed_logins lastb -n 50

# Persistence: cron
{
  echo "# user crontab"; crontab -l 2>&1
  for f in /etc/crontab /etc/cron.d/* /var/spool/cron/crontabs/* /var/spool/cron/*; do
    [[ -f "$f" && -r "$f" ]] && { echo "## $f"; cat "$f"; }
  done
} > "$OUT/cron.txt" 2>>"$LOG"

# Persistence: systemd, autostart, preload
run systemd_enabled systemctl list-unit-files --state=enabled --no-pager
{
  for d in /etc/systemd/system "$HOME/.config/systemd/user"; do
    [[ -d "$d" ]] && find "$d" -maxdepth 2 -name '*.service' -newermt '-30 days' -print
  done
} > "$OUT/recent_units.txt" 2>>"$LOG"
[[ -d "$HOME/.config/autostart" ]] && run autostart ls -la "$HOME/.config/autostart"
[[ -f /etc/ld.so.preload ]] && run ld_preload cat /etc/ld.so.preload

# Shell rc files: only the last 40 lines, where appended persistence usually sits
{
  for f in "$HOME/.bashrc" "$HOME/.profile" "$HOME/.bash_profile" "$HOME/.zshrc" /etc/profile /etc/bash.bashrc; do
    [[ -r "$f" ]] && { echo "## $f"; tail -n 40 "$f"; }
  done
} > "$OUT/rc_tails.txt" 2>>"$LOG"

# SSH access: fingerprints only, never key contents
{
  for f in "$HOME/.ssh/authorized_keys" /root/.ssh/authorized_keys; do
    [[ -r "$f" ]] && { echo "## $f"; ssh-keygen -lf "$f"; }
  done
} > "$OUT/authorized_key_fingerprints.txt" 2>>"$LOG"

# Shell history: only lines that match indicator patterns
PATTERN='(curl|wget)[^|]*\|[[:space:]]*(sudo[[:space:]]+)?(ba|z)?sh|base64[[:space:]]+(-d|--decode)|/dev/tcp/|nc[[:space:]].*-e|mkfifo|169\.254\.169\.254|chmod[[:space:]]+\+x[[:space:]]+/tmp|xmrig|stratum\+tcp'
{
  for f in "$HOME/.bash_history" "$HOME/.zsh_history"; do
    [[ -r "$f" ]] && { echo "## $f"; grep -nE "$PATTERN" "$f"; }
  done
} > "$OUT/history_hits.txt" 2>>"$LOG"

# Recently modified executables
{
  for d in /usr/bin /usr/sbin /usr/local/bin /tmp /var/tmp /dev/shm; do
    [[ -d "$d" ]] && find "$d" -xdev -type f -perm -u+x -mtime -7 -printf '%TY-%Tm-%Td %TH:%TM %u %m %p\n'
  done
} > "$OUT/recent_executables.txt" 2>>"$LOG"

echo "collection complete: $OUT"
