#!/usr/bin/env bash
# Report permission problems in ~/.ssh. Metadata only: never reads private key contents.
set -uo pipefail

SSH_DIR="$HOME/.ssh"
problems=0

check() {  # path expected_mode description
  local path="$1" want="$2" what="$3" mode owner
  [ -e "$path" ] || return 0
  mode="$(stat -c '%a' "$path")"
  owner="$(stat -c '%U' "$path")"
  if [ "$owner" != "$USER" ]; then
    echo "OWNER  $path is owned by $owner (expected $USER) - ask the user how to proceed"
    problems=$((problems + 1))
  fi
  if [ "$mode" != "$want" ]; then
    # Allowed alternative for config files
    if [ "$what" = "config" ] && [ "$mode" = "644" ]; then return 0; fi
    echo "MODE   $path is $mode, expected $want ($what)  ->  chmod $want '$path'"
    problems=$((problems + 1))
  fi
}

if [ ! -d "$SSH_DIR" ]; then
  echo "No ~/.ssh directory; nothing to check."
  exit 0
fi

check "$SSH_DIR" 700 "ssh directory"
check "$SSH_DIR/authorized_keys" 600 "authorized keys"
check "$SSH_DIR/config" 600 "config"
check "$SSH_DIR/known_hosts" 644 "known hosts"

for pub in "$SSH_DIR"/*.pub; do
  [ -e "$pub" ] || continue
  check "$pub" 644 "public key"
  priv="${pub%.pub}"
  check "$priv" 600 "private key"
  echo "KEY    $(ssh-keygen -l -f "$pub" 2>/dev/null || echo "$pub (unreadable)")"
done

if [ "$problems" -eq 0 ]; then
  echo "OK: no permission problems found in $SSH_DIR"
else
  echo "$problems problem(s) found. Suggested commands are shown above; nothing was changed."
fi
