#!/usr/bin/env bash
# Read-only audit of the effective sshd configuration.
set -euo pipefail

if ! command -v sshd >/dev/null 2>&1; then
  echo "sshd not found on this machine" >&2
  exit 1
fi

echo "Reading effective sshd config (needs sudo to read host keys)..."
CFG=$(sudo sshd -T 2>/dev/null)

check() {  # check <key> <recommended> <why>
  local key=$1 want=$2 why=$3
  local have
  have=$(printf '%s\n' "$CFG" | awk -v k="$key" '$1==k {print $2; exit}')
  if [ "$have" = "$want" ]; then
    printf 'OK    %-28s %s\n' "$key" "$have"
  else
    printf 'WARN  %-28s current=%s recommended=%s  (%s)\n' "$key" "${have:-unset}" "$want" "$why"
  fi
}

check permitrootlogin          no                  "log in as a user and use sudo"
check passwordauthentication   no                  "keys only; stops password spraying"
check kbdinteractiveauthentication no              "same as above for PAM prompts"
check pubkeyauthentication     yes                 "required once passwords are off"
check x11forwarding            no                  "rarely needed on servers"
check allowagentforwarding     no                  "agent hijack risk on shared hosts"
check maxauthtries             3                   "slows brute force"
check clientaliveinterval      300                 "drops dead sessions"
check loglevel                 VERBOSE             "logs key fingerprints used"

echo
echo "Authorized keys for $USER:"
if [ -f "$HOME/.ssh/authorized_keys" ]; then
  ssh-keygen -lf "$HOME/.ssh/authorized_keys" || true
else
  echo "  (none)"
fi
