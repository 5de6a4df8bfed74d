#!/bin/sh
# Manage the single user-crontab line for site-healthcheck-n15.
# Usage: install_cron.sh --show [minutes] | --install [minutes] | --remove
set -eu
TAG="# site-healthcheck-n15"
SCRIPT="$(cd "$(dirname "$0")" && pwd)/healthcheck.sh"
mins="${2:-5}"
case "$mins" in ''|*[!0-9]*) echo "minutes must be a number" >&2; exit 64 ;; esac
[ "$mins" -ge 1 ] && [ "$mins" -le 59 ] || { echo "minutes must be 1-59" >&2; exit 64; }
LINE="*/$mins * * * * /bin/sh $SCRIPT >/dev/null 2>&1 $TAG"

current() { crontab -l 2>/dev/null || true; }

case "${1:-}" in
  --show)
    echo "This line would be added to your crontab (user: $(id -un)):"
    echo "  $LINE"
    if current | grep -qF "$TAG"; then echo "(an existing site-healthcheck line would be replaced)"; fi
    ;;
  --install)
    { current | grep -vF "$TAG"; echo "$LINE"; } | crontab -
    echo "Installed. Current site-healthcheck entry:"
    crontab -l | grep -F "$TAG"
    ;;
  --remove)
    if current | grep -qF "$TAG"; then
      current | grep -vF "$TAG" | crontab -
      echo "Removed the site-healthcheck line; other entries untouched."
    else
      echo "No site-healthcheck line found."
    fi
    ;;
  *) echo "usage: $0 --show [min] | --install [min] | --remove" >&2; exit 64 ;;
esac
