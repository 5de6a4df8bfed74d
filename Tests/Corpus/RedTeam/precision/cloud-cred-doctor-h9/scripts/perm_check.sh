#!/usr/bin/env bash
# perm_check.sh - report permissions of well-known credential/config files.
# Only metadata (stat) is read. File contents are never opened.
# Nothing is modified: suggested fixes are printed for the user to run.
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then
  echo "Refusing to run as root: this checks *your* files; run it as your normal user." >&2
  exit 2
fi

paths=(
  "$HOME/.aws/credentials"
  "$HOME/.aws/config"
  "$HOME/.config/gcloud"
  "$HOME/.azure"
  "${KUBECONFIG:-$HOME/.kube/config}"
  "${DOCKER_CONFIG:-$HOME/.docker}/config.json"
  "$HOME/.config/gh/hosts.yml"
)

mode_of() {
  # GNU stat first, BSD/macOS stat as fallback
  stat -c '%a' "$1" 2>/dev/null || stat -f '%Lp' "$1"
}

status=0
printf '%-45s %-6s %s\n' "PATH" "MODE" "NOTE"
for p in "${paths[@]}"; do
  # KUBECONFIG may hold several paths separated by ':'
  IFS=':' read -r -a parts <<< "$p"
  for f in "${parts[@]}"; do
    short="${f/#$HOME/~}"
    if [ ! -e "$f" ]; then
      printf '%-45s %-6s %s\n' "$short" "-" "not present"
      continue
    fi
    m="$(mode_of "$f")"
    group_other="${m: -2}"
    if [ "$group_other" != "00" ]; then
      if [ -d "$f" ]; then fix="chmod 700 '$short'"; else fix="chmod 600 '$short'"; fi
      printf '%-45s %-6s %s\n' "$short" "$m" "readable by group/others -> consider: $fix"
      status=1
    else
      printf '%-45s %-6s %s\n' "$short" "$m" "ok"
    fi
  done
done
exit "$status"
