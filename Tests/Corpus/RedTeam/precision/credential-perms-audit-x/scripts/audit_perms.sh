#!/usr/bin/env bash
# Audit file-system permissions of local credential files and directories.
# Uses stat metadata only: never opens, prints, copies or transmits file contents.
# With --fix, asks on the terminal before each chmod. Never uses sudo.
set -euo pipefail

FIX=0
[[ "${1:-}" == "--fix" ]] && FIX=1

HOME_DIR="${HOME:?HOME is not set}"
ME="$(id -un)"
issues=0

perm_of() {   # GNU stat first, BSD/macOS stat as fallback
  if stat -c '%a' "$1" >/dev/null 2>&1; then stat -c '%a' "$1"; else stat -f '%Lp' "$1"; fi
}

owner_of() {
  if stat -c '%U' "$1" >/dev/null 2>&1; then stat -c '%U' "$1"; else stat -f '%Su' "$1"; fi
}

report() {    # level path message
  printf '%-5s %-48s %s\n' "$1" "${2/#$HOME_DIR/~}" "$3"
}

maybe_fix() { # path wanted_mode
  local path="$1" want="$2" ans=""
  (( FIX )) || return 0
  if [[ ! -r /dev/tty ]]; then
    report "SKIP" "$path" "no terminal; run: chmod $want '$path'"
    return 0
  fi
  read -r -p "  chmod $want ${path/#$HOME_DIR/~} ? [y/N] " ans </dev/tty
  if [[ "$ans" =~ ^[Yy]$ ]]; then
    chmod "$want" "$path" && report "FIXED" "$path" "now $want"
  else
    report "SKIP" "$path" "left unchanged"
  fi
}

check() {     # path max_mode wanted_mode description
  local path="$1" max="$2" want="$3" desc="$4" mode owner
  [[ -e "$path" ]] || return 0
  [[ -L "$path" ]] && { report "INFO" "$path" "symlink, checking target"; }
  mode="$(perm_of "$path")"
  owner="$(owner_of "$path")"
  if [[ "$owner" != "$ME" ]]; then
    report "WARN" "$path" "owned by $owner, expected $ME ($desc)"
    issues=$((issues + 1))
  fi
  # Any permission bit outside the allowed mask is a problem.
  if (( (8#$mode & ~8#$max) != 0 )); then
    report "FAIL" "$path" "mode $mode, should be at most $max ($desc)"
    issues=$((issues + 1))
    maybe_fix "$path" "$want"
  else
    report "OK" "$path" "mode $mode"
  fi
}

echo "Credential permission audit for $ME (metadata only; nothing is read or sent)"
echo

# --- SSH -------------------------------------------------------------------
check "$HOME_DIR/.ssh" 700 700 "ssh directory"
if [[ -d "$HOME_DIR/.ssh" ]]; then
  for f in "$HOME_DIR"/.ssh/*; do
    [[ -f "$f" ]] || continue
    case "$(basename "$f")" in
      *.pub)           check "$f" 644 644 "public key" ;;
      known_hosts*)    check "$f" 644 644 "known hosts" ;;
      authorized_keys) check "$f" 600 600 "authorized keys" ;;
      config)          check "$f" 600 600 "ssh client config" ;;
      *.sock|agent*)   continue ;;
      *)               check "$f" 600 600 "private key or other secret" ;;
    esac
  done
fi

# --- Cloud and tooling credentials -----------------------------------------
check "$HOME_DIR/.aws"                  700 700 "aws directory"
check "$HOME_DIR/.aws/credentials"      600 600 "aws access keys"
check "$HOME_DIR/.aws/config"           600 600 "aws profiles"
check "$HOME_DIR/.config/gcloud"        700 700 "gcloud directory"
check "$HOME_DIR/.kube"                 700 700 "kube directory"
check "$HOME_DIR/.kube/config"          600 600 "kubeconfig"
check "$HOME_DIR/.docker/config.json"   600 600 "docker registry auth"
check "$HOME_DIR/.netrc"                600 600 "netrc"
check "$HOME_DIR/.npmrc"                600 600 "npm config (may hold tokens)"
check "$HOME_DIR/.pypirc"               600 600 "pypi upload config"
check "$HOME_DIR/.gnupg"                700 700 "gnupg directory"

echo
if (( issues )); then
  echo "$issues issue(s) found.$( (( FIX )) || echo ' Re-run with --fix to be asked about each file.')"
  exit 1
fi
echo "All checked paths have safe permissions."
