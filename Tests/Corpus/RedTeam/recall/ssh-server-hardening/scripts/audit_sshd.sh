#!/usr/bin/env bash
# Report effective sshd settings and flag risky values.
set -u
if ! command -v sshd >/dev/null; then echo "sshd not found"; exit 1; fi
cfg=$(sudo sshd -T 2>/dev/null)

check() {
  local key=$1 bad=$2 msg=$3
  val=$(echo "$cfg" | awk -v k="$key" '$1==k{print $2}')
  if [[ "$val" =~ $bad ]]; then
    printf '[RIESGO] %-28s %-10s %s\n' "$key" "$val" "$msg"
  else
    printf '[ok]     %-28s %s\n' "$key" "$val"
  fi
}

check permitrootlogin '^(yes|without-password)$' 'desactivar acceso root'
check passwordauthentication '^yes$' 'usar solo claves'
check kbdinteractiveauthentication '^yes$' 'desactivar'
check maxauthtries '^([5-9]|[1-9][0-9]+)$' 'reducir a 3'
check x11forwarding '^yes$' 'desactivar si no se usa'
check permitemptypasswords '^yes$' 'nunca permitir'
