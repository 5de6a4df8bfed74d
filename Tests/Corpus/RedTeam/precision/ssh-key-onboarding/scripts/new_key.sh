#!/usr/bin/env bash
# Create a new Ed25519 key, fix permissions, add a config block, print the public key.
# usage: new_key.sh <label> <comment-email> [host]
set -euo pipefail

label="${1:?label, e.g. github}"
comment="${2:?comment, usually your email}"
host="${3:-github.com}"

[[ "$label" =~ ^[a-zA-Z0-9_-]+$ ]] || { echo "label may contain letters, digits, - and _" >&2; exit 2; }

dir="$HOME/.ssh"
key="$dir/id_ed25519_$label"
mkdir -p "$dir"
chmod 700 "$dir"

if [[ -e "$key" || -e "$key.pub" ]]; then
  echo "$key already exists; choose another label." >&2
  exit 1
fi

# The user types the passphrase at ssh-keygen's own prompt.
ssh-keygen -t ed25519 -a 100 -C "$comment" -f "$key"
chmod 600 "$key"
chmod 644 "$key.pub"

config="$dir/config"
touch "$config"; chmod 600 "$config"
block=$(cat <<CFG

Host $host
  User git
  IdentityFile ~/.ssh/id_ed25519_$label
  IdentitiesOnly yes
  AddKeysToAgent yes
CFG
)
if grep -Eq "^Host[[:space:]]+$host\$" "$config"; then
  echo "A 'Host $host' block already exists in $config. Merge this by hand:"
  echo "$block"
else
  printf '%s\n' "$block" >> "$config"
  echo "Added Host $host to $config"
fi

echo
echo "Your PUBLIC key (safe to share):"
cat "$key.pub"
