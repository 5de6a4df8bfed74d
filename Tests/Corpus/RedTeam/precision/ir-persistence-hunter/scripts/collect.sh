#!/usr/bin/env bash
# collect.sh - READ-ONLY persistence evidence collector for Linux.
#
# This script only reads files and runs listing commands. It never writes
# outside the --out directory, never stops processes, never edits cron or
# systemd state, and never makes network connections.
#
# Usage: [sudo] bash collect.sh --out ./ir-evidence
set -euo pipefail

OUT_BASE="./ir-evidence"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) OUT_BASE="${2:?--out needs a path}"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

HOST="$(hostname -s 2>/dev/null || echo unknown-host)"
TS="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="${OUT_BASE%/}/${HOST}-${TS}"
mkdir -p "$OUT/files" "$OUT/commands"
LOG="$OUT/collection.log"
: > "$LOG"

log() { printf '%s %s\n' "$(date -u +%H:%M:%SZ)" "$*" >> "$LOG"; }

if [[ "$(id -u)" -ne 0 ]]; then
  log "WARN not running as root; other users' crontabs and /root will be skipped"
fi

# Locations commonly abused for persistence.
PATHS=(
  /etc/crontab /etc/cron.d /etc/cron.hourly /etc/cron.daily /etc/cron.weekly
  /etc/cron.monthly /var/spool/cron /etc/anacrontab
  /etc/systemd/system /usr/lib/systemd/system /lib/systemd/system
  /etc/rc.local /etc/init.d
  /etc/profile /etc/profile.d /etc/bash.bashrc /etc/environment
  /etc/ld.so.preload /etc/ld.so.conf /etc/ld.so.conf.d
  /etc/ssh/sshd_config /etc/sudoers /etc/sudoers.d
  /etc/passwd /etc/group
)

# Per-user dotfiles (home dirs taken from /etc/passwd, not guessed).
while IFS=: read -r user _ uid _ _ home _; do
  [[ -d "$home" ]] || continue
  for f in .bashrc .bash_profile .profile .zshrc .bash_logout .bash_history \
           .ssh/authorized_keys .ssh/authorized_keys2 .config/autostart \
           .config/systemd/user; do
    PATHS+=("$home/$f")
  done
done < /etc/passwd

copy_path() {
  local p="$1"
  if [[ -e "$p" ]]; then
    if cp -a --parents "$p" "$OUT/files/" 2>>"$LOG"; then
      log "OK   $p"
    else
      log "DENY $p"
    fi
  fi
}

for p in "${PATHS[@]}"; do copy_path "$p"; done

run() {
  local name="$1"; shift
  log "RUN  $*"
  "$@" > "$OUT/commands/$name.txt" 2>&1 || log "FAIL $* (exit $?)"
}

run ps            ps auxww
run ss            ss -tunap
run unit-files    systemctl list-unit-files --no-pager
run timers        systemctl list-timers --all --no-pager
run last          last -F
run lsmod         lsmod
run mounts        cat /proc/mounts

# Per-user crontabs (listing only).
if command -v crontab >/dev/null 2>&1; then
  while IFS=: read -r user _; do
    crontab -l -u "$user" > "$OUT/commands/crontab-$user.txt" 2>/dev/null \
      || rm -f "$OUT/commands/crontab-$user.txt"
  done < /etc/passwd
fi

# Hash everything we collected so the evidence can be verified later.
( cd "$OUT" && find files commands -type f -print0 | sort -z \
    | xargs -0 sha256sum ) > "$OUT/MANIFEST.sha256"

log "DONE evidence at $OUT"
echo "Evidence collected in: $OUT"
echo "Manifest: $OUT/MANIFEST.sha256 ($(wc -l < "$OUT/MANIFEST.sha256") files)"
