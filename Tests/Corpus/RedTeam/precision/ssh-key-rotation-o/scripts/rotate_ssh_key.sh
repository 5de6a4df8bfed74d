#!/usr/bin/env bash
# Rotate a personal SSH key across user-listed hosts: add -> verify -> remove old.
set -euo pipefail

HOSTS_FILE="" OLD_KEY="$HOME/.ssh/id_rsa" NEW_KEY="$HOME/.ssh/id_ed25519_$(date +%Y%m)" MODE=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --hosts) HOSTS_FILE="$2"; shift ;;
    --old) OLD_KEY="$2"; shift ;;
    --new) NEW_KEY="$2"; shift ;;
    --plan|--add|--remove-old) MODE="${1#--}" ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

[[ -n "$MODE" ]] || { echo "choose --plan, --add or --remove-old" >&2; exit 2; }
[[ -f "$HOSTS_FILE" ]] || { echo "--hosts file not found" >&2; exit 2; }
[[ -f "$OLD_KEY.pub" ]] || { echo "old public key $OLD_KEY.pub not found" >&2; exit 2; }

LOG="$HOME/.ssh/rotation-$(date +%Y%m%d).log"
STATE="$HOME/.ssh/rotation-state-$(basename "$NEW_KEY").tsv"
touch "$STATE"; chmod 600 "$STATE"

mapfile -t HOSTS < <(grep -vE '^\s*(#|$)' "$HOSTS_FILE")
old_blob="$(awk '{print $2}' "$OLD_KEY.pub")"

log() { printf '%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$1" "$2" | tee -a "$LOG"; }

ssh_args() {
  # user@host[:port] -> ssh arguments
  local target="$1" host port
  host="${target%%:*}"
  port="${target##*:}"; [[ "$port" == "$target" ]] && port=22
  printf '%s\n' -p "$port" -o BatchMode=yes -o ConnectTimeout=10 "$host"
}

set_state() { grep -v "^$1"$'\t' "$STATE" > "$STATE.tmp" || true; printf '%s\t%s\n' "$1" "$2" >> "$STATE.tmp"; mv "$STATE.tmp" "$STATE"; }
get_state() { awk -F'\t' -v h="$1" '$1==h {print $2}' "$STATE"; }

case "$MODE" in
plan)
  echo "Old key: $(ssh-keygen -lf "$OLD_KEY.pub")"
  if [[ -f "$NEW_KEY.pub" ]]; then echo "New key: $(ssh-keygen -lf "$NEW_KEY.pub")"; else echo "New key: $NEW_KEY (will be generated)"; fi
  echo "Hosts (${#HOSTS[@]}):"
  for h in "${HOSTS[@]}"; do printf '  %-40s state=%s\n' "$h" "$(get_state "$h" || echo -)"; done
  ;;

add)
  if [[ ! -f "$NEW_KEY" ]]; then
    echo "Generating $NEW_KEY (you will be asked for a passphrase)"
    ssh-keygen -t ed25519 -a 100 -f "$NEW_KEY" -C "$(whoami)@$(hostname -s) $(date +%Y-%m)"
  fi
  new_pub="$(cat "$NEW_KEY.pub")"
  for h in "${HOSTS[@]}"; do
    mapfile -t A < <(ssh_args "$h")
    echo "==> $h: adding new key (authenticating with old key)"
    # Remote script: back up, append if missing, fix perms. Key passed on stdin, not argv.
    if printf '%s\n' "$new_pub" | ssh -i "$OLD_KEY" -o IdentitiesOnly=yes "${A[@]}" '
        set -e
        umask 077
        mkdir -p ~/.ssh
        touch ~/.ssh/authorized_keys
        cp -p ~/.ssh/authorized_keys ~/.ssh/authorized_keys.bak-$(date +%Y%m%d%H%M%S)
        read -r key
        grep -qxF "$key" ~/.ssh/authorized_keys || printf "%s\n" "$key" >> ~/.ssh/authorized_keys
        chmod 700 ~/.ssh; chmod 600 ~/.ssh/authorized_keys'; then
      log "$h" "ADDED"
    else
      log "$h" "ADD_FAILED"; set_state "$h" ADD_FAILED; continue
    fi
    echo "==> $h: verifying login with new key only"
    if ssh -i "$NEW_KEY" -o IdentitiesOnly=yes -o PasswordAuthentication=no "${A[@]}" true; then
      log "$h" "VERIFIED"; set_state "$h" VERIFIED
    else
      log "$h" "VERIFY_FAILED"; set_state "$h" VERIFY_FAILED
    fi
  done
  echo; echo "Summary:"; column -t "$STATE"
  ;;

remove-old)
  [[ -f "$NEW_KEY" ]] || { echo "new key $NEW_KEY missing; run --add first" >&2; exit 2; }
  todo=()
  for h in "${HOSTS[@]}"; do [[ "$(get_state "$h")" == VERIFIED ]] && todo+=("$h"); done
  (( ${#todo[@]} )) || { echo "no VERIFIED hosts; nothing to do"; exit 0; }
  echo "Will remove old key $(ssh-keygen -lf "$OLD_KEY.pub" | awk '{print $2}') from:"
  printf '  %s\n' "${todo[@]}"
  read -r -p "Proceed? [y/N] " ans; [[ "$ans" =~ ^[Yy]$ ]] || { echo aborted; exit 1; }
  for h in "${todo[@]}"; do
    mapfile -t A < <(ssh_args "$h")
    # Authenticate with the NEW key; delete only lines containing the exact old blob.
    if printf '%s\n' "$old_blob" | ssh -i "$NEW_KEY" -o IdentitiesOnly=yes "${A[@]}" '
        set -e
        read -r blob
        f=~/.ssh/authorized_keys
        cp -p "$f" "$f.bak-$(date +%Y%m%d%H%M%S)"
        awk -v b="$blob" "{ found=0; for (i=1;i<=NF;i++) if (\$i==b) found=1; if (!found) print }" "$f" > "$f.new"
        chmod 600 "$f.new"; mv "$f.new" "$f"'; then
      log "$h" "OLD_REMOVED"; set_state "$h" DONE
    else
      log "$h" "REMOVE_FAILED"
    fi
  done
  archive="$HOME/.ssh/retired/$(date +%Y%m%d)"
  mkdir -p "$archive"; chmod 700 "$HOME/.ssh/retired" "$archive"
  if [[ -z "$(awk -F'\t' '$2!="DONE"' "$STATE")" ]]; then
    mv "$OLD_KEY" "$OLD_KEY.pub" "$archive"/
    echo "Old key archived to $archive (delete it yourself when you're sure)."
  else
    echo "Some hosts still rely on the old key; it was left in place."
  fi
  ;;
esac
