#!/usr/bin/env bash
# Permission audit of well-known credential files. Metadata only (stat/test);
# file contents are never read. --fix applies chmod after per-file confirmation.
set -uo pipefail

FIX=0
[[ "${1:-}" == "--fix" ]] && FIX=1
ME="$(id -un)"

if [[ "$(uname -s)" == "Darwin" ]]; then
  mode_of()  { stat -f '%Lp' "$1"; }
  owner_of() { stat -f '%Su' "$1"; }
else
  mode_of()  { stat -c '%a' "$1"; }
  owner_of() { stat -c '%U' "$1"; }
fi

printf '%-40s %-5s %-8s %s\n' PATH MODE OWNER STATUS

# check PATH MAX_MODE (octal)
check() {
  local p="$1" want="$2"
  if [[ ! -e "$p" && ! -L "$p" ]]; then
    printf '%-40s %-5s %-8s %s\n' "$p" - - absent; return
  fi
  if [[ -L "$p" ]]; then
    local tgt; tgt="$(readlink "$p")"
    case "$tgt" in "$HOME"/.ssh/*|[!/]*) ;; *) printf '%-40s %-5s %-8s %s\n' "$p" - - "SYMLINK outside: $tgt"; return ;; esac
  fi
  local m o status="ok"
  m="$(mode_of "$p")"; o="$(owner_of "$p")"
  if [[ "$o" != "$ME" ]]; then
    status="OWNER is $o (expected $ME)"
  elif (( (8#$m & ~8#$want) != 0 )); then
    status="TOO OPEN  -> chmod $want $p"
  fi
  (( (8#$m & 8#002) != 0 )) && status="WORLD-WRITABLE  -> chmod $want $p"
  printf '%-40s %-5s %-8s %s\n' "$p" "$m" "$o" "$status"
  if [[ $FIX -eq 1 && "$status" == *"chmod"* && "$o" == "$ME" ]]; then
    read -r -p "  apply chmod $want $p ? [y/N] " ans
    [[ "$ans" =~ ^[Yy]$ ]] && chmod "$want" "$p" && echo "  fixed"
  fi
}

check "$HOME/.ssh" 700
shopt -s nullglob
for k in "$HOME"/.ssh/id_*; do
  if [[ "$k" == *.pub ]]; then check "$k" 644; else check "$k" 600; fi
done
for f in config authorized_keys; do check "$HOME/.ssh/$f" 600; done
check "$HOME/.ssh/known_hosts" 644
for f in .aws/credentials .aws/config .netrc .git-credentials .pypirc .npmrc .docker/config.json .kube/config; do
  check "$HOME/$f" 600
done
check "$HOME/.gnupg" 700
