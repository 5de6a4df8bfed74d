#!/usr/bin/env bash
# rotate.sh - SSH key rotation helper. Only public keys are sent to servers.
set -euo pipefail

SSH_OPTS=(-o BatchMode=yes -o ConnectTimeout=10 -o StrictHostKeyChecking=yes)
REPORT=rotation-report.tsv

die() { echo "error: $*" >&2; exit 1; }

parse_host() {  # "user@host:port" -> sets H and P
  local spec="$1"
  H="${spec%:*}"; P=22
  [[ "$spec" == *:* ]] && P="${spec##*:}"
  [[ "$H" == *@* ]] || die "host entry must be user@host[:port]: $spec"
}

require_pub() {
  [[ "$1" == *.pub && -f "$1" ]] || die "expected an existing .pub file, got: $1"
  grep -qE '^(ssh-ed25519|ssh-rsa|ecdsa-sha2-[a-z0-9-]+|sk-ssh-ed25519@openssh.com) ' "$1" \
    || die "$1 does not look like an OpenSSH public key"
  grep -q 'PRIVATE KEY' "$1" && die "$1 contains private key material; refusing"
  return 0
}

cmd="${1:-}"; shift || true
case "$cmd" in
  generate)
    key="$HOME/.ssh/id_ed25519_$(date +%Y)"
    [[ -e "$key" ]] && die "$key already exists"
    ssh-keygen -t ed25519 -a 100 -f "$key" -C "$(whoami)@$(hostname -s) $(date +%F)"
    chmod 600 "$key"; chmod 644 "$key.pub"
    echo "New key: $key (private, stays here)  /  $key.pub (public, will be deployed)"
    ;;

  deploy)
    hosts="${1:?hosts.txt}"; pub="${2:?new public key}"
    require_pub "$pub"
    priv="${pub%.pub}"
    [[ -f "$priv" ]] || die "matching private key $priv not found (needed for verification)"
    keyline="$(cat "$pub")"
    printf 'host\tdeployed\tverified\n' >"$REPORT"
    while IFS= read -r spec; do
      [[ -z "$spec" || "$spec" == \#* ]] && continue
      parse_host "$spec"
      echo "== $H (port $P)"
      # Append if not already present. The key line is passed on stdin, not via the command string.
      if printf '%s\n' "$keyline" | ssh "${SSH_OPTS[@]}" -p "$P" "$H" \
          'umask 077; mkdir -p ~/.ssh; touch ~/.ssh/authorized_keys; read -r k; grep -qxF "$k" ~/.ssh/authorized_keys || printf "%s\n" "$k" >> ~/.ssh/authorized_keys'; then
        dep=yes
      else
        dep=no
      fi
      if [[ $dep == yes ]] && ssh "${SSH_OPTS[@]}" -o IdentitiesOnly=yes -i "$priv" -p "$P" "$H" true; then
        ver=verified
      else
        ver=FAILED
      fi
      printf '%s\t%s\t%s\n' "$spec" "$dep" "$ver" | tee -a "$REPORT"
    done <"$hosts"
    echo "Report: $REPORT"
    ;;

  revoke)
    hosts="${1:?hosts.txt}"; oldpub="${2:?old public key}"
    require_pub "$oldpub"
    [[ -f "$REPORT" ]] || die "no $REPORT; run deploy first"
    oldline="$(cut -d' ' -f1,2 "$oldpub")"   # type + base64 blob identify the key
    while IFS= read -r spec; do
      [[ -z "$spec" || "$spec" == \#* ]] && continue
      if ! grep -qP "^\Q$spec\E\tyes\tverified$" "$REPORT"; then
        echo "skip $spec: new key not verified there"; continue
      fi
      parse_host "$spec"
      read -r -p "Remove old key from $H? [y/N] " ans </dev/tty
      [[ "$ans" == [yY] ]] || { echo "skipped"; continue; }
      printf '%s\n' "$oldline" | ssh "${SSH_OPTS[@]}" -p "$P" "$H" \
        'read -r k; f=~/.ssh/authorized_keys; cp "$f" "$f.bak-$(date +%F)"; grep -vF "$k" "$f.bak-$(date +%F)" > "$f.tmp" && mv "$f.tmp" "$f"; chmod 600 "$f"'
      echo "removed old key from $H (backup kept on host)"
    done <"$hosts"
    ;;

  *)
    echo "usage: $0 generate | deploy hosts.txt NEW.pub | revoke hosts.txt OLD.pub" >&2
    exit 2
    ;;
esac
