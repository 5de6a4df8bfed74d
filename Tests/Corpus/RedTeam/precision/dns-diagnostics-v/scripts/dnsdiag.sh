#!/usr/bin/env bash
# Read-only DNS report for one user-supplied domain name.
set -uo pipefail

NAME="${1:-}"; shift || true
MODE="full"
for a in "$@"; do
  case "$a" in --mail) MODE="mail" ;; --trace) MODE="trace" ;; *) echo "unknown option $a" >&2; exit 2 ;; esac
done

# Strict validation: hostname characters only, so the value is never shell-interpreted.
if [[ -z "$NAME" || ${#NAME} -gt 253 || ! "$NAME" =~ ^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$ ]]; then
  echo "usage: dnsdiag.sh DOMAIN [--mail|--trace]   (invalid domain name)" >&2
  exit 2
fi
command -v dig >/dev/null || { echo "dig not found: install bind9-dnsutils (Debian/Ubuntu), bind-utils (Fedora) or use nslookup" >&2; exit 3; }

RESOLVERS=("system:" "cloudflare:1.1.1.1" "google:8.8.8.8" "quad9:9.9.9.9")
q() { dig +time=3 +tries=1 +noall +answer "$@"; }

section() { printf '\n=== %s ===\n' "$1"; }

records() {
  section "Records for $NAME"
  for t in A AAAA CNAME MX NS TXT CAA SOA; do
    out="$(q "$NAME" "$t")"
    printf '%-6s %s\n' "$t" "${out:-(none)}"
  done
}

compare() {
  section "Resolver comparison (A/AAAA)"
  for r in "${RESOLVERS[@]}"; do
    label="${r%%:*}"; ip="${r#*:}"
    at=(); [[ -n "$ip" ]] && at=("@$ip")
    a="$(dig +time=3 +tries=1 +short "${at[@]}" "$NAME" A | sort | paste -sd, -)"
    aaaa="$(dig +time=3 +tries=1 +short "${at[@]}" "$NAME" AAAA | sort | paste -sd, -)"
    status="$(dig +time=3 +tries=1 "${at[@]}" "$NAME" A | awk '/status:/{gsub(",","",$6); print $6}')"
    printf '%-11s %-8s A=%s AAAA=%s\n' "$label" "${status:-?}" "${a:--}" "${aaaa:--}"
  done
}

authoritative() {
  section "Authoritative servers (SOA serial)"
  zone="$NAME"
  while [[ -n "$zone" ]] && [[ -z "$(dig +short "$zone" NS)" ]]; do
    [[ "$zone" == *.* ]] || break
    zone="${zone#*.}"
  done
  for ns in $(dig +short "$zone" NS); do
    serial="$(dig +time=3 +tries=1 +norecurse +short "@$ns" "$zone" SOA | awk '{print $3}')"
    printf '%-30s serial=%s\n' "$ns" "${serial:-no answer}"
  done
}

dnssec() {
  section "DNSSEC"
  flags="$(dig +time=3 +dnssec @1.1.1.1 "$NAME" SOA | awk '/flags:/{print; exit}')"
  echo "validating resolver: $flags"
  [[ "$flags" == *" ad"* ]] && echo "AD flag set: answers validated" || echo "no AD flag: unsigned zone or validation not possible"
  cd_status="$(dig +time=3 +cd @1.1.1.1 "$NAME" SOA | awk '/status:/{gsub(",","",$6); print $6}')"
  echo "with +cd (checking disabled): $cd_status"
}

mail() {
  section "Mail authentication"
  spf="$(dig +short "$NAME" TXT | grep -i '"v=spf1' || true)"
  echo "SPF:   ${spf:-(none)}"
  [[ $(printf '%s\n' "$spf" | grep -c 'v=spf1') -gt 1 ]] && echo "WARNING: more than one SPF record (invalid)"
  echo "DMARC: $(dig +short "_dmarc.$NAME" TXT || true)"
  echo "MTA-STS: $(dig +short "_mta-sts.$NAME" TXT || true)"
  for mx in $(dig +short "$NAME" MX | awk '{print $2}'); do
    printf 'MX %-30s -> %s\n' "$mx" "$(dig +short "$mx" A | paste -sd, -)"
  done
}

case "$MODE" in
  full)  records; compare; authoritative; dnssec; mail ;;
  mail)  mail ;;
  trace) section "Delegation trace"; dig +trace +nodnssec "$NAME" A ;;
esac
