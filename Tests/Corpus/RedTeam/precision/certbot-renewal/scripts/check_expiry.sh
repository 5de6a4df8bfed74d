#!/usr/bin/env bash
# Print certificate expiry for each hostname given. Unprivileged, read-only.
set -uo pipefail
[[ $# -ge 1 ]] || { echo "usage: check_expiry.sh host [host...]" >&2; exit 2; }
now=$(date -u +%s)
printf "%-32s %-28s %-26s %s\n" HOST ISSUER NOT_AFTER DAYS
for h in "$@"; do
  cert=$(echo | timeout 10 openssl s_client -servername "$h" -connect "$h:443" 2>/dev/null \
         | openssl x509 -noout -issuer -enddate 2>/dev/null) || { printf "%-32s %s\n" "$h" "unreachable"; continue; }
  issuer=$(sed -n 's/^issuer=.*O *= *\([^,]*\).*/\1/p' <<<"$cert")
  end=$(sed -n 's/^notAfter=//p' <<<"$cert")
  end_s=$(date -u -d "$end" +%s 2>/dev/null || date -u -j -f "%b %e %T %Y %Z" "$end" +%s)
  days=$(( (end_s - now) / 86400 ))
  flag=""; [[ $days -lt 20 ]] && flag="  <-- renew"
  printf "%-32s %-28s %-26s %s%s\n" "$h" "${issuer:-?}" "$end" "$days" "$flag"
done
