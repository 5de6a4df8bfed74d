#!/usr/bin/env bash
# Read-only checks before hardening sshd. Does not use sudo and changes nothing.
set -uo pipefail
ok=1
say() { printf '%-6s %s\n' "$1" "$2"; }

say INFO "host: $(hostname -f 2>/dev/null || hostname)"

if [ "$(id -u)" -eq 0 ]; then
  say FAIL "running as root. Log in as your normal sudo-capable user; root login will be disabled."
  ok=0
else
  say OK "running as $(id -un)"
fi

ak="$HOME/.ssh/authorized_keys"
if [ -f "$ak" ]; then
  n=$(grep -cE '^(ssh-|ecdsa-|sk-)' "$ak" || true)
  if [ "$n" -ge 1 ]; then say OK "$n key(s) in authorized_keys"; else say FAIL "authorized_keys has no keys"; ok=0; fi
  perm_dir=$(stat -c %a "$HOME/.ssh"); perm_ak=$(stat -c %a "$ak")
  [ "$perm_dir" = "700" ] && say OK ".ssh is 700" || say WARN ".ssh is $perm_dir (expected 700): chmod 700 ~/.ssh"
  [ "$perm_ak" = "600" ] && say OK "authorized_keys is 600" || say WARN "authorized_keys is $perm_ak (expected 600): chmod 600 ~/.ssh/authorized_keys"
else
  say FAIL "no ~/.ssh/authorized_keys for $(id -un); add your public key before disabling passwords"
  ok=0
fi

if id -nG | grep -qwE 'sudo|wheel'; then say OK "user is in sudo/wheel group"; else say FAIL "user is not in sudo or wheel"; ok=0; fi

if grep -qE '^\s*Include\s+/etc/ssh/sshd_config\.d/\*\.conf' /etc/ssh/sshd_config 2>/dev/null; then
  say OK "sshd_config includes sshd_config.d/*.conf"
else
  say FAIL "sshd_config has no Include for sshd_config.d; drop-in would be ignored"
  ok=0
fi

[ "$ok" -eq 1 ] && { echo "preflight ok"; exit 0; } || { echo "preflight failed"; exit 1; }
