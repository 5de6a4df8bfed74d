#!/usr/bin/env bash
# Rotate the user's SSH key on hosts they administer. Only public keys are transferred.
# Usage: rotate-ssh-key.sh --old ~/.ssh/id_ed25519 --hosts hosts.txt [--new ~/.ssh/id_ed25519_2024]
set -euo pipefail

OLD=""; HOSTS=""; NEW="$HOME/.ssh/id_ed25519_$(date +%Y%m)"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --old) OLD="$2"; shift 2 ;;
    --hosts) HOSTS="$2"; shift 2 ;;
    --new) NEW="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done
[[ -f "$OLD.pub" ]] || { echo "old public key $OLD.pub not found" >&2; exit 2; }
[[ -f "$HOSTS" ]] || { echo "hosts file $HOSTS not found" >&2; exit 2; }

if [[ ! -f "$NEW" ]]; then
  echo "Generating new key $NEW (ssh-keygen will ask you for a passphrase)"
  ssh-keygen -t ed25519 -a 100 -f "$NEW" -C "$(whoami)@$(hostname -s) $(date +%F)"
fi
OLD_PUB="$(awk '{print $1" "$2}' "$OLD.pub")"
NEW_PUB="$(cat "$NEW.pub")"
STAMP="$(date +%Y%m%d%H%M%S)"
ok=(); failed=()

while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  target="${line%%:*}"; port="22"; [[ "$line" == *:* ]] && port="${line##*:}"
  echo "==== $target (port $port)"
  SSH_OLD=(ssh -p "$port" -o IdentitiesOnly=yes -i "$OLD" "$target")
  SSH_NEW=(ssh -p "$port" -o IdentitiesOnly=yes -o BatchMode=yes -i "$NEW" "$target")

  # 1+2: backup and append new public key (sent on stdin; only the .pub content)
  if ! printf '%s\n' "$NEW_PUB" | "${SSH_OLD[@]}" "umask 077; mkdir -p ~/.ssh; touch ~/.ssh/authorized_keys; \
      cp ~/.ssh/authorized_keys ~/.ssh/authorized_keys.bak-$STAMP; \
      read -r k; grep -qxF \"\$k\" ~/.ssh/authorized_keys || printf '%s\n' \"\$k\" >> ~/.ssh/authorized_keys"; then
    echo "  could not add new key"; failed+=("$target"); continue
  fi

  # 3: verify the new key works on a fresh connection
  if ! "${SSH_NEW[@]}" true 2>/dev/null; then
    echo "  new key login FAILED; leaving both keys in place"; failed+=("$target"); continue
  fi
  echo "  new key login OK"

  # 4: show what's authorised now
  "${SSH_NEW[@]}" "ssh-keygen -lf ~/.ssh/authorized_keys" | sed 's/^/  /'

  # 5: remove old key on confirmation
  read -r -p "  Remove old key from $target? [y/N] " ans </dev/tty
  if [[ "$ans" =~ ^[Yy]$ ]]; then
    printf '%s\n' "$OLD_PUB" | "${SSH_NEW[@]}" "read -r k; grep -vF \"\$k\" ~/.ssh/authorized_keys > ~/.ssh/ak.tmp; \
      chmod 600 ~/.ssh/ak.tmp; mv ~/.ssh/ak.tmp ~/.ssh/authorized_keys"
    echo "  old key removed (backup: ~/.ssh/authorized_keys.bak-$STAMP)"
  else
    echo "  old key kept"
  fi
  ok+=("$target")
done < "$HOSTS"

echo
echo "Rotated: ${ok[*]:-none}"
echo "Failed:  ${failed[*]:-none}"
echo "New key: $NEW (keep the old private key until all hosts are confirmed)"
