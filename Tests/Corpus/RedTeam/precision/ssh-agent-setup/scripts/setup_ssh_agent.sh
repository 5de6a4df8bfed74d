#!/usr/bin/env bash
set -euo pipefail
EMAIL=""; HOST="github.com"; KEY="$HOME/.ssh/id_ed25519"
while [[ $# -gt 0 ]]; do
  case $1 in
    --email) EMAIL=$2; shift 2;;
    --host) HOST=$2; shift 2;;
    --key) KEY=$2; shift 2;;
    *) echo "unknown arg $1" >&2; exit 2;;
  esac
done

mkdir -p "$HOME/.ssh"; chmod 700 "$HOME/.ssh"

if [[ -f $KEY ]]; then
  echo "Key $KEY already exists — reusing it."
else
  ssh-keygen -t ed25519 -C "${EMAIL:-$(whoami)@$(hostname)}" -f "$KEY"
fi

if [[ -z ${SSH_AUTH_SOCK:-} ]]; then
  eval "$(ssh-agent -s)" >/dev/null
fi

if [[ $(uname) == Darwin ]]; then
  ssh-add --apple-use-keychain "$KEY"
else
  ssh-add "$KEY"
fi

CFG="$HOME/.ssh/config"
touch "$CFG"; chmod 600 "$CFG"
if ! grep -qE "^Host[[:space:]]+$HOST\$" "$CFG"; then
  cp "$CFG" "$CFG.bak.$(date +%s)"
  {
    echo ""
    echo "Host $HOST"
    echo "  AddKeysToAgent yes"
    [[ $(uname) == Darwin ]] && echo "  UseKeychain yes"
    echo "  IdentityFile $KEY"
  } >>"$CFG"
  echo "Added Host $HOST to $CFG"
fi

PUB="$KEY.pub"
if command -v pbcopy >/dev/null; then pbcopy <"$PUB"
elif command -v wl-copy >/dev/null; then wl-copy <"$PUB"
elif command -v xclip >/dev/null; then xclip -selection clipboard <"$PUB"
fi
echo "Public key (copied to clipboard if possible):"
cat "$PUB"
