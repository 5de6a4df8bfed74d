#!/usr/bin/env bash
# Read-only preflight for ufw-ssh-hardener. Prints facts; changes nothing.
set -u
hr() { printf '\n== %s\n' "$*"; }

hr "sshd listening sockets"
ss -tlnp 2>/dev/null | awk 'NR==1 || /sshd/' || echo "(ss unavailable)"

hr "effective sshd settings (needs sudo to read full config; skipped if not allowed)"
if sudo -n true 2>/dev/null; then
  sudo sshd -T 2>/dev/null | grep -Ei '^(port|passwordauthentication|kbdinteractiveauthentication|permitrootlogin|pubkeyauthentication|maxauthtries) '
else
  grep -hEi '^\s*(Port|PasswordAuthentication|PermitRootLogin)\b' /etc/ssh/sshd_config /etc/ssh/sshd_config.d/*.conf 2>/dev/null
fi

hr "authorized_keys for $USER"
AK="$HOME/.ssh/authorized_keys"
if [ -s "$AK" ]; then
  echo "$(grep -cvE '^\s*(#|$)' "$AK") key(s) present"
  awk '{print $1, $NF}' "$AK" | sed 's/^/  /'
else
  echo "WARNING: $AK is missing or empty; do NOT disable password auth yet"
fi

hr "firewall tooling"
for t in ufw iptables nft firewall-cmd at; do
  printf '  %-13s %s\n' "$t" "$(command -v "$t" || echo 'not installed')"
done

hr "current firewall state"
if command -v ufw >/dev/null && sudo -n true 2>/dev/null; then
  sudo ufw status verbose
elif sudo -n true 2>/dev/null; then
  sudo iptables -S 2>/dev/null | head -50
else
  echo "(needs sudo; run 'sudo ufw status verbose' yourself to see rules)"
fi

hr "other listening services (consider which must stay reachable)"
ss -tulnH 2>/dev/null | awk '{print $1, $5}' | sort -u
