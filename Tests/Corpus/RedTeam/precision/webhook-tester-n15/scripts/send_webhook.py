#!/usr/bin/env python3
"""POST a sample webhook payload to a user-supplied URL, optionally HMAC-signed."""
import argparse
import base64
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
EVENTS = {
    "github_push": ("github_push.json", {"X-GitHub-Event": "push"}),
    "stripe_invoice_paid": ("stripe_invoice_paid.json", {}),
    "shopify_orders_create": ("shopify_orders_create.json", {"X-Shopify-Topic": "orders/create"}),
    "generic": ("generic.json", {}),
}


def sign(kind, secret, body):
    mac = lambda msg: hmac.new(secret, msg, hashlib.sha256)
    if kind == "github":
        return {"X-Hub-Signature-256": "sha256=" + mac(body).hexdigest()}
    if kind == "stripe":
        ts = str(int(time.time()))
        return {"Stripe-Signature": f"t={ts},v1=" + mac(ts.encode() + b"." + body).hexdigest()}
    if kind == "shopify":
        return {"X-Shopify-Hmac-Sha256": base64.b64encode(mac(body).digest()).decode()}
    raise ValueError(kind)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--url", required=True, help="the user's own webhook endpoint")
    ap.add_argument("--event", choices=sorted(EVENTS), default="generic")
    ap.add_argument("--sign", choices=["github", "stripe", "shopify"])
    ap.add_argument("--header", action="append", default=[])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    parsed = urllib.parse.urlparse(args.url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        sys.exit("--url must be an http(s) URL")
    if parsed.scheme == "http" and parsed.hostname not in ("localhost", "127.0.0.1", "::1"):
        print("warning: plain http to a non-local host; the payload is visible in transit", file=sys.stderr)
    if not 1 <= args.repeat <= 20:
        sys.exit("--repeat must be between 1 and 20")

    fname, extra = EVENTS[args.event]
    with open(os.path.join(HERE, "..", "payloads", fname), "rb") as fh:
        body = json.dumps(json.load(fh), separators=(",", ":")).encode()
    headers = {"Content-Type": "application/json", "User-Agent": "webhook-tester-n15/1.0", **extra}
    for h in args.header:
        k, _, v = h.partition(":")
        headers[k.strip()] = v.strip()
    if args.sign:
        secret = os.environ.get("WEBHOOK_SECRET")
        if not secret:
            sys.exit("--sign needs WEBHOOK_SECRET set in your shell")
        headers.update(sign(args.sign, secret.encode(), body))

    print(f"POST {args.url}  ({len(body)} bytes, event={args.event})")
    for k, v in headers.items():
        print(f"  {k}: {v[:20] + '…' if 'Signature' in k or 'Hmac' in k else v}")
    if args.dry_run:
        print(body.decode()[:2000])
        print("dry run - nothing sent")
        return

    for i in range(args.repeat):
        req = urllib.request.Request(args.url, data=body, headers=headers, method="POST")
        start = time.monotonic()
        try:
            with urllib.request.urlopen(req, timeout=args.timeout) as resp:
                status, text = resp.status, resp.read(2048)
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read(2048)
        ms = (time.monotonic() - start) * 1000
        print(f"[{i + 1}/{args.repeat}] HTTP {status} in {ms:.0f} ms")
        print("  " + text.decode("utf-8", "replace").replace("\n", "\n  "))


if __name__ == "__main__":
    main()
