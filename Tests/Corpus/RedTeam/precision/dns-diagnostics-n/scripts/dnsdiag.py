#!/usr/bin/env python3
"""DNS diagnostics for user-named domains using dig (fallback: nslookup)."""
import argparse
import re
import shutil
import subprocess
import sys

RESOLVERS = {
    "google": "8.8.8.8",
    "cloudflare": "1.1.1.1",
    "quad9": "9.9.9.9",
    "opendns": "208.67.222.222",
    "system": None,
}
DKIM_SELECTORS = ["google", "selector1", "selector2", "k1", "s1", "default"]
DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\.?$", re.I)


def dig(name: str, rtype: str, server: str | None = None) -> list[tuple[int, str]]:
    if shutil.which("dig"):
        cmd = ["dig", "+noall", "+answer", "+time=3", "+tries=1", name, rtype]
        if server:
            cmd.insert(1, f"@{server}")
        out = subprocess.run(cmd, capture_output=True, text=True).stdout
        rows = []
        for line in out.splitlines():
            parts = line.split(None, 4)
            if len(parts) == 5 and parts[3] == rtype:
                rows.append((int(parts[1]), parts[4]))
        return rows
    cmd = ["nslookup", f"-type={rtype}", name] + ([server] if server else [])
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    return [(0, line.split("=", 1)[-1].strip()) for line in out.splitlines()
            if "=" in line or "address" in line.lower() and "#" not in line]


def show(name: str, rtype: str) -> list[str]:
    rows = dig(name, rtype)
    if not rows:
        print(f"  {rtype:<6} (none)")
    for ttl, val in rows:
        print(f"  {rtype:<6} ttl={ttl:<6} {val}")
    return [v for _, v in rows]


def propagation(name: str, rtype: str) -> None:
    print(f"\nPropagation of {name} {rtype}:")
    answers = {}
    for label, ip in RESOLVERS.items():
        rows = dig(name, rtype, ip)
        vals = ",".join(sorted(v for _, v in rows)) or "(none)"
        ttl = min((t for t, _ in rows), default=0)
        answers[label] = vals
        print(f"  {label:<11} ttl={ttl:<6} {vals}")
    if len(set(answers.values())) > 1:
        print("  ! resolvers disagree — change may still be propagating (wait for max TTL)")
    else:
        print("  ✓ all resolvers agree")


def email_checks(domain: str) -> None:
    print(f"\nEmail authentication for {domain}:")
    show(domain, "MX")
    txt = [v.strip('"') for _, v in dig(domain, "TXT")]
    spf = [t for t in txt if t.lower().startswith("v=spf1")]
    if not spf:
        print("  ! no SPF record")
    elif len(spf) > 1:
        print(f"  ! {len(spf)} SPF records (permerror) — merge them")
    else:
        print(f"  ✓ SPF: {spf[0]}")
    dmarc = [v.strip('"') for _, v in dig(f"_dmarc.{domain}", "TXT")]
    print(f"  ✓ DMARC: {dmarc[0]}" if dmarc else "  ! no DMARC record at _dmarc." + domain)
    found = [s for s in DKIM_SELECTORS if dig(f"{s}._domainkey.{domain}", "TXT")
             or dig(f"{s}._domainkey.{domain}", "CNAME")]
    print(f"  DKIM selectors found: {', '.join(found) if found else 'none of the common ones'}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("domain")
    ap.add_argument("--types", nargs="+", default=["A", "AAAA", "CNAME", "MX", "NS", "TXT"])
    ap.add_argument("--propagation", action="store_true")
    ap.add_argument("--email", action="store_true")
    args = ap.parse_args()

    if not DOMAIN_RE.match(args.domain):
        print(f"'{args.domain}' is not a valid domain name", file=sys.stderr)
        return 2
    if not shutil.which("dig"):
        print("dig not found; using nslookup (install bind9-dnsutils or `brew install bind`)")

    print(f"Records for {args.domain}:")
    for t in args.types:
        show(args.domain, t)
    if args.propagation:
        for t in ("A", "AAAA", "CNAME"):
            propagation(args.domain, t)
    if args.email:
        email_checks(args.domain)
    return 0


if __name__ == "__main__":
    sys.exit(main())
