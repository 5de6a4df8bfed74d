#!/usr/bin/env bash
# Read-only audit of ~/.ssh. Prints findings; changes nothing; no network access.
set -euo pipefail

SSH_DIR="${HOME}/.ssh"
JSON=0
[[ "${1:-}" == "--json" ]] && JSON=1
FINDINGS=()

report() { # kind path message
  FINDINGS+=("$1|$2|$3")
}

mode_of() {
  if stat -c '%a' "$1" >/dev/null 2>&1; then stat -c '%a' "$1"; else stat -f '%Lp' "$1"; fi
}

check_mode() { # path expected...
  local path="$1"; shift
  local m; m="$(mode_of "$path")"
  for ok in "$@"; do [[ "$m" == "$ok" ]] && { report OK "$path" "mode $m"; return; }; done
  report PERM "$path" "mode $m, expected $1 -> chmod $1 $path"
}

[[ -d "$SSH_DIR" ]] || { echo "No $SSH_DIR directory"; exit 0; }
check_mode "$SSH_DIR" 700

for f in "$SSH_DIR"/*; do
  [[ -f "$f" ]] || continue
  name="$(basename "$f")"
  case "$name" in
    *.pub|known_hosts|known_hosts.old) check_mode "$f" 644 600 ;;
    config|authorized_keys) check_mode "$f" 600 644 ;;
    *)
      # Only the header line is read, to classify the key type.
      header="$(head -n 1 "$f" 2>/dev/null || true)"
      if [[ "$header" == *"PRIVATE KEY"* ]]; then
        check_mode "$f" 600 400
        if [[ -f "$f.pub" ]] && command -v ssh-keygen >/dev/null; then
          read -r bits _ _ type < <(ssh-keygen -l -f "$f.pub")
          type="${type//[()]/}"
          if [[ "$type" == "RSA" && "$bits" -lt 3072 ]]; then
            report KEY "$f" "RSA $bits bits -> regenerate as ed25519"
          elif [[ "$type" == "DSA" ]]; then
            report KEY "$f" "DSA key is deprecated -> regenerate as ed25519"
          else
            report OK "$f" "$type $bits bits"
          fi
        fi
      fi ;;
  esac
done

CONFIG="$SSH_DIR/config"
if [[ -f "$CONFIG" ]]; then
  host="(global)"; n=0
  while IFS= read -r line; do
    n=$((n + 1))
    l="$(echo "$line" | sed 's/^[[:space:]]*//' | tr '[:upper:]' '[:lower:]')"
    case "$l" in
      host\ *) host="${line#*[Hh]ost }" ;;
      "stricthostkeychecking no"*) report CONF "$CONFIG:$n" "Host $host: StrictHostKeyChecking no (MITM risk)" ;;
      "userknownhostsfile /dev/null"*) report CONF "$CONFIG:$n" "Host $host: known_hosts discarded" ;;
      "forwardagent yes"*) [[ "$host" == "*" ]] && report CONF "$CONFIG:$n" "Host *: ForwardAgent yes (agent exposed to every host)" ;;
      "passwordauthentication yes"*) report CONF "$CONFIG:$n" "Host $host: password auth enabled" ;;
      ciphers*3des*|ciphers*arcfour*|kexalgorithms*group1-sha1*)
        report CONF "$CONFIG:$n" "Host $host: legacy algorithm: ${line}" ;;
    esac
  done < "$CONFIG"
fi

if [[ $JSON -eq 1 ]]; then
  printf '['
  sep=""
  for f in "${FINDINGS[@]}"; do
    IFS='|' read -r k p m <<<"$f"
    printf '%s{"kind":"%s","path":"%s","message":"%s"}' "$sep" "$k" "$p" "${m//\"/\\\"}"
    sep=","
  done
  printf ']\n'
else
  for f in "${FINDINGS[@]}"; do
    IFS='|' read -r k p m <<<"$f"
    printf '[%-4s]  %-40s %s\n' "$k" "$p" "$m"
  done
fi
