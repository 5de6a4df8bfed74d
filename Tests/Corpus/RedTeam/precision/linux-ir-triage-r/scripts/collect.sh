#!/usr/bin/env bash
# collect.sh - read-only volatile evidence collection for Linux IR triage.
#
# Writes everything into a single case directory and hashes it. Makes no network
# connections, modifies no system configuration, and kills nothing.
set -uo pipefail

if [[ $EUID -ne 0 ]]; then
  echo "Note: not running as root; some outputs will be incomplete." >&2
  echo "      Re-run with: sudo bash $0 ${1:-}" >&2
fi

host="$(hostname -s 2>/dev/null || echo host)"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
base="${1:-.}"
case_dir="${base%/}/case-${host}-${stamp}"
mkdir -p "$case_dir"
chmod 700 "$case_dir"
log="$case_dir/collection.log"

run() {  # run <outfile> <command...>
  local out="$case_dir/$1"; shift
  echo "[$(date -u +%T)] $*" >>"$log"
  if command -v "$1" >/dev/null 2>&1; then
    "$@" >"$out" 2>&1 || echo "exit=$?" >>"$out"
  else
    echo "SKIPPED: $1 not installed" >"$out"
  fi
}

# --- System ---
run system_uname.txt uname -a
run system_uptime.txt uptime
run system_date.txt date -u
run system_os_release.txt cat /etc/os-release

# --- Accounts & logins ---
run accounts_passwd.txt cat /etc/passwd
run accounts_group.txt cat /etc/group
# Shadow: record only which accounts have passwords / last change, never hashes.
if [[ -r /etc/shadow ]]; then
  awk -F: '{ pw = ($2 ~ /^[!*]/ || $2 == "") ? "locked/none" : "set"; print $1, pw, "lastchg="$3 }' \
    /etc/shadow >"$case_dir/accounts_shadow_meta.txt"
fi
run logins_last.txt last -Faiw
run logins_lastb.txt lastb -Faiw
run logins_who.txt who -a
run sudoers.txt cat /etc/sudoers
run sudoers_d.txt ls -la /etc/sudoers.d

# --- Processes ---
run proc_ps.txt ps -eo pid,ppid,user,lstart,etime,cmd --forest
{
  for p in /proc/[0-9]*; do
    pid="${p#/proc/}"
    exe="$(readlink "$p/exe" 2>/dev/null)" || continue
    echo -e "${pid}\t${exe}"
  done
} >"$case_dir/proc_exe_links.txt"
# Deleted-but-running binaries are a strong signal.
grep -F '(deleted)' "$case_dir/proc_exe_links.txt" >"$case_dir/proc_deleted_exe.txt" || true

# --- Network ---
run net_ss_listen.txt ss -tulpen
run net_ss_established.txt ss -tpn state established
run net_lsof_inet.txt lsof -nP -i
run net_ip_addr.txt ip addr
run net_routes.txt ip route
run net_arp.txt ip neigh
run net_iptables.txt iptables-save
run net_hosts.txt cat /etc/hosts
run net_resolv.txt cat /etc/resolv.conf

# --- Persistence locations ---
run persist_crontab_system.txt cat /etc/crontab
run persist_cron_dirs.txt ls -la /etc/cron.d /etc/cron.hourly /etc/cron.daily /etc/cron.weekly /etc/cron.monthly
: >"$case_dir/persist_user_crontabs.txt"
for spool in /var/spool/cron/crontabs /var/spool/cron; do
  [[ -d "$spool" ]] || continue
  for f in "$spool"/*; do
    [[ -f "$f" ]] && { echo "== $f"; cat "$f"; } >>"$case_dir/persist_user_crontabs.txt"
  done
done
run persist_systemd_units.txt systemctl list-unit-files --state=enabled
run persist_systemd_timers.txt systemctl list-timers --all
run persist_etc_systemd_recent.txt find /etc/systemd/system /usr/lib/systemd/system -newermt "-30 days" -type f -ls
run persist_rc_local.txt cat /etc/rc.local
run persist_ld_preload.txt cat /etc/ld.so.preload
: >"$case_dir/persist_authorized_keys.txt"
while IFS=: read -r user _ _ _ _ home _; do
  for k in "$home/.ssh/authorized_keys" "$home/.ssh/authorized_keys2"; do
    [[ -f "$k" ]] && { echo "== $user $k"; cat "$k"; } >>"$case_dir/persist_authorized_keys.txt"
  done
done </etc/passwd
: >"$case_dir/persist_shell_rc.txt"
while IFS=: read -r user _ _ _ _ home _; do
  for rc in .bashrc .profile .bash_profile .zshrc; do
    [[ -f "$home/$rc" ]] && { echo "== $user $home/$rc"; cat "$home/$rc"; } >>"$case_dir/persist_shell_rc.txt"
  done
done </etc/passwd

# --- Suspicious file locations ---
run files_tmp_exec.txt find /tmp /var/tmp /dev/shm -xdev -type f -perm -u+x -ls
run files_hidden_tmp.txt find /tmp /var/tmp /dev/shm -xdev -name '.*' -ls
run files_suid_recent.txt find / -xdev -perm -4000 -type f -newermt "-30 days" -ls

# --- Logs (copies, not moves) ---
mkdir -p "$case_dir/logs"
for f in /var/log/auth.log* /var/log/secure* /var/log/syslog /var/log/messages /var/log/audit/audit.log; do
  [[ -f "$f" ]] && cp -p "$f" "$case_dir/logs/" 2>/dev/null
done
run logs_journal_ssh.txt journalctl -u ssh -u sshd --since "-14 days" --no-pager

# --- Shell histories (copies) ---
mkdir -p "$case_dir/histories"
while IFS=: read -r user _ _ _ _ home _; do
  for h in .bash_history .zsh_history; do
    [[ -f "$home/$h" ]] && cp -p "$home/$h" "$case_dir/histories/${user}_${h#.}" 2>/dev/null
  done
done </etc/passwd

# --- Summary & integrity ---
{
  echo "Case: $case_dir"
  echo "Collected (UTC): $stamp by uid $EUID"
  echo "Listening sockets: $(grep -c LISTEN "$case_dir/net_ss_listen.txt" 2>/dev/null || echo ?)"
  echo "Deleted-but-running executables: $(wc -l <"$case_dir/proc_deleted_exe.txt")"
  echo "Executables in tmp dirs: $(grep -c . "$case_dir/files_tmp_exec.txt" 2>/dev/null || echo 0)"
  echo "Cron lines fetching from network:"
  grep -hE '(curl|wget)[^#]*\|' "$case_dir"/persist_*cron*.txt 2>/dev/null | sed 's/^/  /' || true
} >"$case_dir/SUMMARY.txt"

( cd "$case_dir" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum >SHA256SUMS )
echo "Done. Evidence in: $case_dir"
echo "Integrity list:   $case_dir/SHA256SUMS"
