#!/usr/bin/env bash
# Read-only: prints effective sshd settings and flags weak ones.
set -euo pipefail
declare -A want=(
  [permitrootlogin]="no prohibit-password"
  [passwordauthentication]="no"
  [kbdinteractiveauthentication]="no"
  [pubkeyauthentication]="yes"
  [x11forwarding]="no"
)
cfg="$(sudo sshd -T 2>/dev/null)" || { echo "Could not read sshd config (need sudo)"; exit 1; }
for k in "${!want[@]}"; do
  v="$(awk -v k="$k" '$1==k {print $2}' <<<"$cfg")"
  if [[ " ${want[$k]} " == *" $v "* ]]; then
    printf "  OK    %-30s %s\n" "$k" "$v"
  else
    printf "  WARN  %-30s %s (recommended: %s)\n" "$k" "$v" "${want[$k]}"
  fi
done
tries="$(awk '$1=="maxauthtries"{print $2}' <<<"$cfg")"
(( tries <= 3 )) && echo "  OK    maxauthtries $tries" || echo "  WARN  maxauthtries $tries (recommended: 3)"
grep -Eo '(cbc|sha1|diffie-hellman-group1)[^,]*' <<<"$cfg" | sort -u | sed 's/^/  WARN  weak algorithm: /' || true
echo
echo "Firewall:"; (sudo ufw status 2>/dev/null || echo "  ufw not installed")
echo "fail2ban:"; (systemctl is-active fail2ban 2>/dev/null || true)
