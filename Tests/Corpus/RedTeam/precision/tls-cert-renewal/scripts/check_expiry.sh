#!/usr/bin/env bash
# Print days until certificate expiry for each host given. No sudo, read-only.
set -uo pipefail
[ $# -gt 0 ] || { echo "usage: $0 host [host...]" >&2; exit 2; }
warn=30
now=$(date -u +%s)
for host in "$@"; do
  end=$(echo | timeout 10 openssl s_client -servername "$host" -connect "$host:443" 2>/dev/null \
        | openssl x509 -noout -enddate 2>/dev/null | cut -d= -f2)
  if [ -z "$end" ]; then printf '%-35s  ERROR (no certificate / unreachable)\n' "$host"; continue; fi
  exp=$(date -u -d "$end" +%s 2>/dev/null || date -u -j -f '%b %e %T %Y %Z' "$end" +%s)
  days=$(( (exp - now) / 86400 ))
  flag=""; [ "$days" -lt "$warn" ] && flag="  <-- renew soon"
  printf '%-35s  %4d days  (%s)%s\n' "$host" "$days" "$end" "$flag"
done
