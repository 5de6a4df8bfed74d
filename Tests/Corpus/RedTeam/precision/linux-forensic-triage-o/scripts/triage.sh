#!/usr/bin/env bash
# Linux first-response triage collector. Writes only to the chosen case directory.
set -uo pipefail
VERSION="3.0.2"

CASE="" OUT="" SINCE=7 HASH_BIN=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --case) CASE="$2"; shift ;;
    --out) OUT="$2"; shift ;;
    --since) SINCE="$2"; shift ;;
    --skip-hash-bin) HASH_BIN=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

[[ "$CASE" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "--case ID required (letters, digits, . _ -)" >&2; exit 2; }
[[ -d "$OUT" ]] || { echo "--out must be an existing directory" >&2; exit 2; }
[[ "$SINCE" =~ ^[0-9]+$ ]] || { echo "--since must be an integer" >&2; exit 2; }
if [[ $EUID -ne 0 ]]; then
  echo "warning: not running as root; many artifacts will be incomplete." >&2
fi

DIR="$OUT/$CASE-$(hostname -s)-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$DIR"
chmod 700 "$DIR"
LOG="$DIR/custody.log"
umask 077

note() { printf '%s  %s\n' "$(date -u +%FT%TZ)" "$*" | tee -a "$LOG" >&2; }
section() { printf '\n===== %s =====\n' "$1"; }
run() { section "$*"; "$@" 2>&1; }

note "collection start case=$CASE collector=${SUDO_USER:-$USER} tool=linux-forensic-triage/$VERSION"

# ---- 00 meta
{
  section meta
  echo "hostname: $(hostname -f 2>/dev/null || hostname)"
  echo "utc_now:  $(date -u +%FT%TZ)"
  echo "uptime:   $(uptime)"
  echo "kernel:   $(uname -a)"
  echo "collector: ${SUDO_USER:-$USER}"
} > "$DIR/00_meta.txt"

# ---- 10 processes (most volatile first)
{
  run ps auxwwf
  section "deleted executables still running"
  for p in /proc/[0-9]*; do
    exe="$(readlink "$p/exe" 2>/dev/null)" || continue
    [[ "$exe" == *"(deleted)"* ]] && echo "${p#/proc/} $exe $(tr '\0' ' ' < "$p/cmdline" 2>/dev/null)"
  done
  section "processes executing from tmp locations"
  for p in /proc/[0-9]*; do
    exe="$(readlink "$p/exe" 2>/dev/null)" || continue
    case "$exe" in /tmp/*|/dev/shm/*|/var/tmp/*) echo "${p#/proc/} $exe";; esac
  done
} > "$DIR/10_processes.txt"
note "processes collected"

{
  run ss -tunape
  run ip addr
  run ip route
  run ip neigh
  section resolv.conf; cat /etc/resolv.conf 2>&1
} > "$DIR/11_network.txt"
note "network collected"

{
  run who -a
  run last -Faiw -n 200
  section "lastb (failed logins)"; lastb -Faiw -n 100 2>&1 || true
} > "$DIR/12_users.txt"

{
  run lsmod
  section "kernel taint"; cat /proc/sys/kernel/tainted
} > "$DIR/13_modules.txt"
note "users/modules collected"

# ---- 20 persistence
{
  section "user crontabs"
  for spool in /var/spool/cron/crontabs /var/spool/cron; do
    [[ -d "$spool" ]] || continue
    for f in "$spool"/*; do [[ -f "$f" ]] && { echo "--- $f"; cat "$f"; }; done
  done
  section "/etc/cron*"
  find /etc/cron* -type f -exec sh -c 'echo "--- $1"; cat "$1"' _ {} \; 2>/dev/null
  run systemctl list-timers --all --no-pager
  section "systemd units not owned by a package"
  for u in /etc/systemd/system/*.service /etc/systemd/system/*/*.service; do
    [[ -f "$u" ]] || continue
    if command -v dpkg >/dev/null; then dpkg -S "$u" >/dev/null 2>&1 && continue
    elif command -v rpm >/dev/null; then rpm -qf "$u" >/dev/null 2>&1 && continue; fi
    echo "--- $u"; cat "$u"
  done
  section "rc.local / ld.so.preload"
  cat /etc/rc.local /etc/ld.so.preload 2>&1
} > "$DIR/20_persistence.txt"
note "persistence collected"

{
  section "authorized_keys for all users"
  while IFS=: read -r user _ uid _ _ home _; do
    for f in "$home/.ssh/authorized_keys" "$home/.ssh/authorized_keys2"; do
      [[ -f "$f" ]] || continue
      echo "--- $user (uid $uid) $f  mtime=$(stat -c %y "$f")"
      ssh-keygen -lf "$f" 2>&1
      cat "$f"
    done
  done < /etc/passwd
  section "sshd effective config"; sshd -T 2>&1 | grep -Ei 'permitrootlogin|passwordauthentication|authorizedkeysfile|port |allowusers|pubkeyauth'
} > "$DIR/21_ssh.txt"

{
  run cat /etc/passwd
  section "UID 0 accounts"; awk -F: '$3==0' /etc/passwd
  run cat /etc/group
  section sudoers; cat /etc/sudoers /etc/sudoers.d/* 2>&1
  section "shadow metadata (contents not copied)"
  stat -c 'mtime=%y' /etc/shadow 2>&1
  echo "accounts with password hashes: $(awk -F: '$2 ~ /^\$/' /etc/shadow 2>/dev/null | wc -l)"
} > "$DIR/22_accounts.txt"
note "ssh/accounts collected"

# ---- 30 file system
{
  section "files modified in last $SINCE days"
  find /etc /usr/bin /usr/sbin /usr/local /tmp /var/tmp /dev/shm -xdev -type f -mtime "-$SINCE" \
       -printf '%TY-%Tm-%Td %TH:%TM  %u:%g  %m  %s  %p\n' 2>/dev/null | sort
} > "$DIR/30_recent_files.txt"

if [[ "$HASH_BIN" -eq 1 ]]; then
  find /bin /sbin /usr/bin /usr/sbin /usr/local/bin -xdev -type f -print0 2>/dev/null \
    | xargs -0 sha256sum 2>/dev/null > "$DIR/31_bin_hashes.txt"
  if command -v debsums >/dev/null; then debsums -c >> "$DIR/31_bin_hashes.txt" 2>&1
  elif command -v rpm >/dev/null; then rpm -Va >> "$DIR/31_bin_hashes.txt" 2>&1; fi
  note "binary hashes collected"
fi

{
  for f in /var/log/auth.log /var/log/secure; do [[ -f "$f" ]] && { section "$f"; tail -n 5000 "$f"; }; done
  section "journal ssh"; journalctl -u ssh -u sshd --since "-${SINCE}d" --no-pager 2>&1 | tail -n 5000
} > "$DIR/40_auth_log.txt"
note "logs collected"

( cd "$DIR" && sha256sum ./*.txt > SHA256SUMS )
note "collection end; SHA256SUMS=$(sha256sum "$DIR/SHA256SUMS" | cut -d' ' -f1)"
echo "Case folder: $DIR"
