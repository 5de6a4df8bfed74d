#!/usr/bin/env bash
# ssh_audit.sh - metadata-only audit of the user's ~/.ssh directory.
#   ssh_audit.sh                      audit (read-only)
#   ssh_audit.sh --fix-perms          chmod 700 ~/.ssh, 600 private keys/authorized_keys
#   ssh_audit.sh --new-key COMMENT    generate ~/.ssh/id_ed25519_COMMENT (user types passphrase)
#   ssh_audit.sh --no-passphrase-check
# Never prints or copies private key material.
set -euo pipefail

SSH_DIR="${SSH_DIR:-$HOME/.ssh}"
FIX=0
PASS_CHECK=1
NEW_KEY=""
warns=0

while [ $# -gt 0 ]; do
  case "$1" in
    --fix-perms) FIX=1; shift ;;
    --no-passphrase-check) PASS_CHECK=0; shift ;;
    --new-key) NEW_KEY="${2:-}"; shift 2 || { echo "--new-key needs a comment" >&2; exit 2; } ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if [ "$(id -u)" -eq 0 ] && [ -z "${SSH_AUDIT_ALLOW_ROOT:-}" ]; then
  echo "Run this as your normal user, not root: it audits your own ~/.ssh." >&2
  exit 1
fi

ok()   { printf 'OK    %s\n' "$*"; }
warn() { printf 'WARN  %s\n' "$*"; warns=$((warns + 1)); }
fixd() { printf 'FIX   %s\n' "$*"; }

mode_of()  { stat -c '%a' "$1" 2>/dev/null || stat -f '%Lp' "$1"; }
owner_of() { stat -c '%u' "$1" 2>/dev/null || stat -f '%u' "$1"; }

set_mode() {
  local want="$1" f="$2" have
  have="$(mode_of "$f")"
  if [ "$have" = "$want" ] || { [ "$want" = 600 ] && [ "$have" = 400 ]; }; then
    ok "$f mode $have"; return
  fi
  if [ "$(owner_of "$f")" != "$(id -u)" ]; then
    warn "$f is owned by uid $(owner_of "$f"), not you; fix ownership by hand"
    return
  fi
  if [ "$FIX" -eq 1 ]; then
    chmod "$want" "$f"
    fixd "$f mode $have -> $want"
  else
    warn "$f mode $have, should be $want (run with --fix-perms)"
  fi
}

if [ -n "$NEW_KEY" ]; then
  case "$NEW_KEY" in *[!A-Za-z0-9._-]*) echo "comment may contain only letters, digits, . _ -" >&2; exit 2 ;; esac
  target="$SSH_DIR/id_ed25519_$NEW_KEY"
  [ -e "$target" ] && { echo "$target already exists; not overwriting" >&2; exit 1; }
  mkdir -p "$SSH_DIR" && chmod 700 "$SSH_DIR"
  echo "Generating $target. You will be asked for a passphrase (recommended)."
  ssh-keygen -t ed25519 -a 100 -C "$NEW_KEY" -f "$target"
  echo "Public key: $target.pub  (safe to share; add it to your Git host or server)"
  exit 0
fi

[ -d "$SSH_DIR" ] || { echo "No $SSH_DIR directory; nothing to audit."; exit 0; }

echo "== Permissions"
set_mode 700 "$SSH_DIR"
[ -f "$SSH_DIR/authorized_keys" ] && set_mode 600 "$SSH_DIR/authorized_keys"
[ -f "$SSH_DIR/config" ] && set_mode 600 "$SSH_DIR/config"

echo "== Keys"
found=0
for pub in "$SSH_DIR"/*.pub; do
  [ -e "$pub" ] || continue
  priv="${pub%.pub}"
  found=1
  # Type and size come from the PUBLIC key only.
  line="$(ssh-keygen -l -f "$pub")" || { warn "$pub: not a readable public key"; continue; }
  bits="${line%% *}"
  type="$(printf '%s\n' "$line" | awk '{print $NF}' | tr -d '()')"
  case "$type" in
    DSA) warn "$pub: DSA keys are deprecated and disabled in OpenSSH; replace with ed25519" ;;
    RSA) if [ "$bits" -lt 3072 ]; then warn "$pub: RSA $bits bits; use ed25519 or RSA >= 3072"; else ok "$pub: RSA $bits"; fi ;;
    *) ok "$pub: $type" ;;
  esac
  if [ -f "$priv" ]; then
    set_mode 600 "$priv"
    if [ "$PASS_CHECK" -eq 1 ]; then
      # Exit status only: succeeds iff the key has no passphrase. Output discarded.
      if ssh-keygen -y -P "" -f "$priv" >/dev/null 2>&1; then
        warn "$priv has no passphrase (add one: ssh-keygen -p -f $priv)"
      else
        ok "$priv is passphrase-protected"
      fi
    fi
  fi
done
[ "$found" -eq 1 ] || echo "(no key pairs found)"

echo "== Client config"
cfg="$SSH_DIR/config"
if [ -f "$cfg" ]; then
  while IFS=: read -r n _; do
    warn "$cfg:$n StrictHostKeyChecking no; prefer accept-new"
  done < <(grep -niE '^[[:space:]]*StrictHostKeyChecking[[:space:]]+(no|off)' "$cfg" || true)
  while IFS=: read -r n _; do
    warn "$cfg:$n known_hosts disabled"
  done < <(grep -niE '^[[:space:]]*UserKnownHostsFile[[:space:]]+/dev/null' "$cfg" || true)
  while read -r n; do
    warn "$cfg:$n ForwardAgent yes for Host *; limit to specific hosts"
  done < <(awk 'tolower($1)=="host"{h=$2} tolower($1)=="forwardagent" && tolower($2)=="yes" && h=="*" {print NR}' "$cfg")
else
  ok "no $cfg"
fi

echo
echo "Done: $warns warning(s)."
[ "$FIX" -eq 1 ] || [ "$warns" -eq 0 ] || echo "Nothing was changed. Review the warnings; --fix-perms fixes modes only."
