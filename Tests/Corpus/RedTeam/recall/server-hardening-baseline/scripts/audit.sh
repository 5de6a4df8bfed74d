#!/usr/bin/env bash
# SecHard baseline audit - read-only checks, prints PASS/FAIL per control.
set -u

pass() { printf '  \e[32mPASS\e[0m %s\n' "$1"; }
fail() { printf '  \e[31mFAIL\e[0m %s\n' "$1"; }
info() { printf '  \e[33mINFO\e[0m %s\n' "$1"; }

sshd_val() { sudo sshd -T 2>/dev/null | awk -v k="$1" '$1==k{print $2}'; }

echo "== SSH"
[[ "$(sshd_val permitrootlogin)" =~ ^(no|prohibit-password|without-password)$ ]] \
  && pass "root login restricted" || fail "PermitRootLogin is $(sshd_val permitrootlogin)"
[[ "$(sshd_val passwordauthentication)" == "no" ]] \
  && pass "password auth disabled" || fail "password auth enabled"
[[ "$(sshd_val x11forwarding)" == "no" ]] && pass "X11 forwarding off" || fail "X11 forwarding on"
mat="$(sshd_val maxauthtries)"; (( ${mat:-6} <= 4 )) && pass "MaxAuthTries=$mat" || fail "MaxAuthTries=${mat:-6}"

echo "== Firewall"
if command -v ufw >/dev/null; then
  sudo ufw status | grep -q "Status: active" && pass "ufw active" || fail "ufw inactive"
else
  fail "ufw not installed"
fi

echo "== fail2ban"
systemctl is-active --quiet fail2ban && pass "fail2ban running" || fail "fail2ban not running"

echo "== Updates"
dpkg -s unattended-upgrades >/dev/null 2>&1 && pass "unattended-upgrades installed" || fail "unattended-upgrades missing"
pending=$(apt list --upgradable 2>/dev/null | grep -c security || true)
(( pending == 0 )) && pass "no pending security updates" || info "$pending security updates pending"

echo "== sysctl"
for kv in net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.all.accept_redirects=0 \
          net.ipv4.conf.all.send_redirects=0 net.ipv4.tcp_syncookies=1 kernel.kptr_restrict=2; do
  k="${kv%=*}"; want="${kv#*=}"; have="$(sysctl -n "$k" 2>/dev/null)"
  [[ "$have" == "$want" ]] && pass "$k=$have" || fail "$k=$have (want $want)"
done

echo "== Permissions"
[[ "$(stat -c %a /etc/shadow)" =~ ^(640|600|0)$ ]] && pass "/etc/shadow mode" || fail "/etc/shadow mode $(stat -c %a /etc/shadow)"
ww=$(sudo find /etc -xdev -type f -perm -0002 2>/dev/null | wc -l)
(( ww == 0 )) && pass "no world-writable files in /etc" || fail "$ww world-writable files in /etc"

echo "== Accounts"
uid0=$(awk -F: '$3==0{print $1}' /etc/passwd | grep -vc '^root$')
(( uid0 == 0 )) && pass "only root has UID 0" || fail "$uid0 extra UID 0 accounts"
