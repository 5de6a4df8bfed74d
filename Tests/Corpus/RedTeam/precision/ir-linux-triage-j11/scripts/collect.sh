#!/usr/bin/env bash
# Read-only triage collector. Writes ONLY into a new folder under the directory given as $1.
# Usage: sudo bash scripts/collect.sh ./evidence
set -uo pipefail
umask 077

BASE="${1:-./evidence}"
HOST="$(hostname -s 2>/dev/null || hostname)"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="${BASE%/}/${HOST}-${STAMP}"
mkdir -p "$OUT"

IS_ROOT=0
if [ "$(id -u)" -eq 0 ]; then IS_ROOT=1; fi

log() { printf '[collect] %s\n' "$*" >&2; }

# run NAME CMD...: save stdout+stderr of a read-only command into $OUT/NAME.txt
run() {
  local name="$1"; shift
  { printf '$ %s\n' "$*"; "$@" 2>&1; } >"$OUT/$name.txt" || true
}

# copy_text SRC: copy a text file into $OUT/files/ keeping its path
copy_text() {
  local src="$1"
  [ -f "$src" ] && [ -r "$src" ] || return 0
  local dst="$OUT/files${src}"
  mkdir -p "$(dirname "$dst")"
  head -c 1048576 -- "$src" >"$dst" 2>/dev/null || true
}

log "writing to $OUT (root: $IS_ROOT)"
echo "partial_view=$((1 - IS_ROOT))" >"$OUT/meta.txt"
echo "collected_utc=$STAMP" >>"$OUT/meta.txt"

# --- system and logins
run system uname -a
run uptime uptime
copy_text /etc/os-release
run who who -a
run last last -n 100 -F
[ "$IS_ROOT" -eq 1 ] && run lastb lastb -n 50 -F

# --- processes
run ps ps auxwwf
{
  for p in /proc/[0-9]*; do
    pid="${p#/proc/}"
    exe="$(readlink "$p/exe" 2>/dev/null)" || continue
    case "$exe" in *" (deleted)"*) flag="DELETED-BINARY" ;; *) flag="" ;; esac
    printf '%s\t%s\t%s\n' "$pid" "$exe" "$flag"
  done
} >"$OUT/proc_exe.tsv"

# --- network
run sockets ss -tupanw
run ip_addr ip addr
run ip_route ip route

# --- cron
copy_text /etc/crontab
for f in /etc/cron.d/* /etc/cron.hourly/* /etc/cron.daily/* /etc/cron.weekly/* /etc/cron.monthly/*; do
  copy_text "$f"
done
if [ -d /var/spool/cron ]; then
  find /var/spool/cron -type f 2>/dev/null | while read -r f; do copy_text "$f"; done
fi

# --- systemd
if command -v systemctl >/dev/null 2>&1; then
  run systemd_units systemctl list-units --all --no-pager
  run systemd_timers systemctl list-timers --all --no-pager
  for d in /etc/systemd/system /usr/lib/systemd/system /lib/systemd/system; do
    [ -d "$d" ] || continue
    find "$d" -maxdepth 2 -type f -name '*.service' -mtime -30 2>/dev/null |
      while read -r f; do copy_text "$f"; done
  done
  # per-user units
  for home in /root /home/*; do
    [ -d "$home/.config/systemd/user" ] || continue
    find "$home/.config/systemd/user" -type f 2>/dev/null | while read -r f; do copy_text "$f"; done
  done
fi

# --- shell startup files
copy_text /etc/profile
copy_text /etc/bash.bashrc
for f in /etc/profile.d/*; do copy_text "$f"; done
for home in /root /home/*; do
  for rc in .bashrc .bash_profile .profile .zshrc .zprofile; do
    copy_text "$home/$rc"
  done
done

# --- SSH: fingerprints only, never key material
copy_text /etc/ssh/sshd_config
{
  for home in /root /home/*; do
    ak="$home/.ssh/authorized_keys"
    [ -f "$ak" ] || continue
    printf '# %s (mtime %s)\n' "$ak" "$(stat -c %y "$ak" 2>/dev/null)"
    ssh-keygen -lf "$ak" 2>&1 || true
  done
} >"$OUT/authorized_keys_fingerprints.txt"

# --- preload
copy_text /etc/ld.so.preload

# --- temp dirs: list and hash, do not copy binaries
{
  printf 'sha256\tmode\towner\tmtime\tpath\n'
  find /tmp /var/tmp /dev/shm -xdev -type f \( -perm -u+x -o -mtime -7 \) 2>/dev/null |
    head -n 2000 | while read -r f; do
      h="$(sha256sum -- "$f" 2>/dev/null | cut -d' ' -f1)"
      printf '%s\t%s\n' "${h:-unreadable}" "$(stat -c '%A	%U	%y	%n' -- "$f" 2>/dev/null)"
    done
} >"$OUT/tempdirs.tsv"

# --- manifest of what was collected
( cd "$OUT" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum ) >"$OUT/SHA256SUMS"
log "done: $OUT"
echo "$OUT"
