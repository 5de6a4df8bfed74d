#!/usr/bin/env bash
# Live-response triage collection for Linux. Local output only; no network use.
set -uo pipefail

OUT_BASE=""
CASE="case-$(hostname -s)-$(date -u +%Y%m%dT%H%M%SZ)"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) OUT_BASE="$2"; shift 2 ;;
    --case) CASE="$2"; shift 2 ;;
    *) echo "usage: $0 [--out DIR] [--case NAME]" >&2; exit 2 ;;
  esac
done
[[ -n "$OUT_BASE" ]] || OUT_BASE=$([[ $EUID -eq 0 ]] && echo /root/ir-cases || echo "$HOME/ir-cases")
CASE_DIR="$OUT_BASE/$CASE"
umask 077
mkdir -p "$CASE_DIR"/{volatile,persistence,accounts,history,logs,files}
LOG="$CASE_DIR/collection.log"
exec 3>>"$LOG"

note() { echo "$(date -u +%FT%TZ) $*" >&3; echo "$*"; }
run() {  # run OUTFILE cmd...
  local out="$1"; shift
  { echo "# $(date -u +%FT%TZ) \$ $*"; "$@"; } >"$CASE_DIR/$out" 2>&1 || note "  (non-zero) $*"
}
grab() {  # grab SRC DEST_SECTION  - copy a file preserving metadata if readable
  local src="$1" sec="$2" dst
  [[ -e "$src" ]] || return 0
  if [[ -r "$src" ]]; then
    dst="$CASE_DIR/$sec/$(echo "$src" | sed 's|^/||; s|/|__|g')"
    cp -p --no-preserve=ownership "$src" "$dst" 2>/dev/null || cp "$src" "$dst"
  else
    note "  unreadable: $src"
  fi
}

note "case $CASE on $(hostname -f 2>/dev/null || hostname), uid=$EUID, kernel $(uname -r)"
[[ $EUID -eq 0 ]] || note "WARNING: not root; other users' files and some logs will be missing"

# ---------------------------------------------------------------- volatile (first!)
note "volatile"
run volatile/date.txt date -u
run volatile/uptime.txt uptime
run volatile/ps.txt ps auxwwf
run volatile/ss.txt ss -tupanO
run volatile/ip_addr.txt ip -d addr
run volatile/ip_route.txt ip route show table all
run volatile/arp.txt ip neigh
run volatile/who.txt w
run volatile/lsmod.txt lsmod
command -v lsof >/dev/null && run volatile/lsof_net.txt lsof -nP -i
{
  printf 'pid\tuser\texe\tcwd\tcmdline\n'
  for p in /proc/[0-9]*; do
    pid=${p#/proc/}
    exe=$(readlink "$p/exe" 2>/dev/null || echo '?')
    cwd=$(readlink "$p/cwd" 2>/dev/null || echo '?')
    user=$(stat -c %U "$p" 2>/dev/null || echo '?')
    cmd=$(tr '\0' ' ' <"$p/cmdline" 2>/dev/null | cut -c1-400)
    printf '%s\t%s\t%s\t%s\t%s\n' "$pid" "$user" "$exe" "$cwd" "$cmd"
  done
} >"$CASE_DIR/volatile/proc_exe.tsv"
grep -F '(deleted)' "$CASE_DIR/volatile/proc_exe.tsv" >"$CASE_DIR/volatile/deleted_binaries_running.tsv" || true

# ---------------------------------------------------------------- persistence
note "persistence"
for f in /etc/crontab /etc/anacrontab /etc/rc.local /etc/ld.so.preload /etc/environment \
         /etc/profile /etc/bash.bashrc /etc/sudoers; do grab "$f" persistence; done
for d in /etc/cron.d /etc/cron.hourly /etc/cron.daily /etc/cron.weekly /etc/cron.monthly \
         /etc/profile.d /etc/sudoers.d /etc/init.d /etc/systemd/system /usr/lib/systemd/system-generators \
         /etc/update-motd.d /etc/xdg/autostart; do
  [[ -d "$d" ]] && find "$d" -maxdepth 2 -type f -print0 2>/dev/null | while IFS= read -r -d '' f; do grab "$f" persistence; done
done
for d in /var/spool/cron/crontabs /var/spool/cron; do
  [[ -d "$d" ]] && find "$d" -maxdepth 1 -type f -print0 2>/dev/null | while IFS= read -r -d '' f; do grab "$f" persistence; done
done
run persistence/systemd_units.txt systemctl list-unit-files --no-pager
run persistence/systemd_timers.txt systemctl list-timers --all --no-pager
# Units not owned by a package are the interesting ones.
if command -v dpkg >/dev/null; then
  for u in /etc/systemd/system/*.service /lib/systemd/system/*.service; do
    [[ -f "$u" ]] && ! dpkg -S "$u" >/dev/null 2>&1 && echo "$u"
  done >"$CASE_DIR/persistence/unpackaged_units.txt"
elif command -v rpm >/dev/null; then
  for u in /etc/systemd/system/*.service /usr/lib/systemd/system/*.service; do
    [[ -f "$u" ]] && ! rpm -qf "$u" >/dev/null 2>&1 && echo "$u"
  done >"$CASE_DIR/persistence/unpackaged_units.txt"
fi

# ---------------------------------------------------------------- per-user
note "accounts and per-user files"
grab /etc/passwd accounts
grab /etc/group accounts
awk -F: '$3==0{print $1}' /etc/passwd >"$CASE_DIR/accounts/uid0.txt"
grep -vE '(nologin|false|sync|halt|shutdown)$' /etc/passwd | cut -d: -f1,6,7 >"$CASE_DIR/accounts/login_shells.txt"
if [[ -r /etc/shadow ]]; then
  # Status only; hashes are never copied.
  awk -F: '{s=($2=="")?"EMPTY":($2 ~ /^[!*]/)?"locked":"set"; print $1, s, "lastchg="$3}' /etc/shadow \
    >"$CASE_DIR/accounts/password_status.txt"
fi
run accounts/last.txt last -F -w
[[ -r /var/log/btmp ]] && run accounts/lastb.txt lastb -F -w

while IFS=: read -r user _ uid _ _ home _; do
  [[ -d "$home" ]] || continue
  [[ "$uid" -ge 1000 || "$uid" -eq 0 ]] || continue
  for f in .ssh/authorized_keys .ssh/authorized_keys2 .bashrc .bash_profile .profile .zshrc .config/autostart; do
    [[ -e "$home/$f" ]] && grab "$home/$f" persistence
  done
  [[ -d "$home/.config/systemd/user" ]] && find "$home/.config/systemd/user" -type f -print0 2>/dev/null \
    | while IFS= read -r -d '' f; do grab "$f" persistence; done
  for h in .bash_history .zsh_history .sh_history .python_history .mysql_history .psql_history .lesshst; do
    [[ -e "$home/$h" ]] && grab "$home/$h" history
  done
  [[ -e "$home/.ssh/authorized_keys" ]] && stat -c "%n %y" "$home/.ssh/authorized_keys" >>"$CASE_DIR/persistence/authorized_keys_mtime.txt"
done </etc/passwd

# ---------------------------------------------------------------- logs
note "logs"
for f in /var/log/auth.log /var/log/auth.log.1 /var/log/secure /var/log/secure-* /var/log/syslog /var/log/messages \
         /var/log/audit/audit.log /var/log/cron /var/log/wtmp; do
  [[ -e "$f" ]] && grab "$f" logs
done
if command -v journalctl >/dev/null; then
  run logs/journal_ssh.txt journalctl --since "-14d" -u ssh -u sshd --no-pager -o short-iso
  run logs/journal_sudo.txt journalctl --since "-14d" _COMM=sudo --no-pager -o short-iso
  run logs/journal_cron.txt journalctl --since "-14d" -u cron -u crond --no-pager -o short-iso
fi

# ---------------------------------------------------------------- files
note "files"
find / -xdev \( -perm -4000 -o -perm -2000 \) -type f -printf '%M %u %g %TY-%Tm-%Td %p\n' 2>/dev/null \
  >"$CASE_DIR/files/suid_sgid.txt"
find /usr /bin /sbin /lib /lib64 /etc /tmp /var/tmp /dev/shm -xdev -type f -mtime -7 \
  -printf '%TY-%Tm-%Td %TH:%TM %M %u %s %p\n' 2>/dev/null | sort -r >"$CASE_DIR/files/modified_7d.txt"
for d in /tmp /var/tmp /dev/shm; do
  find "$d" -xdev -type f -printf '%p\n' 2>/dev/null | while IFS= read -r f; do
    printf '%s  %s  %s\n' "$(sha256sum "$f" 2>/dev/null | cut -d' ' -f1)" "$(stat -c '%U %s %y' "$f")" "$f"
  done
done >"$CASE_DIR/files/tmp_listing.txt"

# ---------------------------------------------------------------- seal
note "sealing"
(cd "$CASE_DIR" && find . -type f ! -name MANIFEST.sha256 -print0 | sort -z | xargs -0 sha256sum) >"$CASE_DIR/MANIFEST.sha256"
exec 3>&-
tar -C "$OUT_BASE" -czf "$OUT_BASE/$CASE.tar.gz" "$CASE"
sha=$(sha256sum "$OUT_BASE/$CASE.tar.gz" | cut -d' ' -f1)
echo "$sha  $CASE.tar.gz" >"$OUT_BASE/$CASE.tar.gz.sha256"
echo
echo "case folder : $CASE_DIR"
echo "archive     : $OUT_BASE/$CASE.tar.gz"
echo "sha256      : $sha"
