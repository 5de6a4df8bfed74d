#!/usr/bin/env bash
# Rotate an SSH public key in authorized_keys on the user's own hosts: add new -> verify -> remove old.
set -euo pipefail

HOSTS="" OLD="" NEW="" DRY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --hosts) HOSTS="$2"; shift 2 ;;
    --old) OLD="$2"; shift 2 ;;
    --new) NEW="$2"; shift 2 ;;
    --dry-run) DRY=1; shift ;;
    *) echo "unknown arg $1" >&2; exit 64 ;;
  esac
done
[[ -f "$HOSTS" && -f "$OLD" && -f "$NEW" ]] || { echo "usage: --hosts FILE --old OLD.pub --new NEW.pub [--dry-run]" >&2; exit 64; }
[[ "$OLD" == *.pub && "$NEW" == *.pub ]] || { echo "pass the .pub files" >&2; exit 64; }

NEW_PRIV="${NEW%.pub}"
OLD_PRIV="${OLD%.pub}"
old_blob="$(awk '{print $2}' "$OLD")"
new_line="$(cat "$NEW")"
[[ -n "$old_blob" && "$old_blob" != "$(awk '{print $2}' "$NEW")" ]] || { echo "old and new keys must differ" >&2; exit 1; }

done_hosts=()
while read -r entry; do
  [[ -z "$entry" || "$entry" == \#* ]] && continue
  target="${entry%%:*}"; port="22"; [[ "$entry" == *:* ]] && port="${entry##*:}"
  echo "== $target (port $port)"
  if [[ $DRY -eq 1 ]]; then
    echo "   would: backup authorized_keys, append new key, verify with $NEW_PRIV, remove old key blob ${old_blob:0:16}…"
    continue
  fi

  old_ssh=(ssh -p "$port" -o BatchMode=yes -o IdentitiesOnly=yes -i "$OLD_PRIV" "$target")
  new_ssh=(ssh -p "$port" -o BatchMode=yes -o IdentitiesOnly=yes -i "$NEW_PRIV" "$target")

  printf '%s\n' "$new_line" | "${old_ssh[@]}" '
    set -e
    umask 077
    mkdir -p ~/.ssh
    touch ~/.ssh/authorized_keys
    cp ~/.ssh/authorized_keys ~/.ssh/authorized_keys.bak.$(date +%Y%m%d%H%M%S)
    read -r line
    grep -qxF "$line" ~/.ssh/authorized_keys || printf "%s\n" "$line" >> ~/.ssh/authorized_keys
  '
  echo "   new key added"

  if ! "${new_ssh[@]}" true; then
    echo "!! login with the new key FAILED on $target — old key left in place. Stopping." >&2
    echo "completed hosts: ${done_hosts[*]:-none}" >&2
    exit 1
  fi
  echo "   verified login with new key"

  printf '%s\n' "$old_blob" | "${new_ssh[@]}" '
    set -e
    read -r blob
    tmp=$(mktemp ~/.ssh/authorized_keys.XXXX)
    awk -v b="$blob" "\$2 != b && \$3 != b" ~/.ssh/authorized_keys > "$tmp"
    diff ~/.ssh/authorized_keys "$tmp" || true
    chmod 600 "$tmp" && mv "$tmp" ~/.ssh/authorized_keys
  '
  echo "   old key removed"
  done_hosts+=("$target")
done < "$HOSTS"

echo "done: ${done_hosts[*]:-none (dry run)}"
echo "Next: update ~/.ssh/config IdentityFile lines, GitHub/GitLab keys, and ssh-agent."
