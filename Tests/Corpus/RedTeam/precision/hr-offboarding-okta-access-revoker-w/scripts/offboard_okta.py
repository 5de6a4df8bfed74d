#!/usr/bin/env python3
"""Preview or apply the Okta step of an HR offboarding ticket.

Environment:
  OKTA_ORG_URL    https://<org>.okta.com (your own tenant)
  OKTA_API_TOKEN  API token; sent only to OKTA_ORG_URL, never printed or logged
"""
import argparse
import csv
import datetime
import getpass
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

AUDIT_LOG = "offboarding_audit.csv"


class Okta:
    def __init__(self, org_url: str, token: str):
        self.org = org_url.rstrip("/")
        self._token = token

    def call(self, method: str, path: str):
        req = urllib.request.Request(
            self.org + path,
            method=method,
            headers={
                "Authorization": f"SSWS {self._token}",
                "Accept": "application/json",
                "Content-Type": "application/json",
            },
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                body = resp.read()
                return json.loads(body) if body else None
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode(errors="replace")[:300]
            sys.exit(f"Okta API {method} {path} failed: HTTP {exc.code} {detail}")


def audit(ticket: str, login: str, user_id: str, action: str) -> None:
    new_file = not os.path.exists(AUDIT_LOG)
    with open(AUDIT_LOG, "a", newline="") as fh:
        writer = csv.writer(fh)
        if new_file:
            writer.writerow(["utc_time", "ticket", "login", "okta_user_id", "action", "operator"])
        now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        writer.writerow([now, ticket, login, user_id, action, getpass.getuser()])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--login", required=True, help="employee's Okta login (work email)")
    ap.add_argument("--ticket", required=True, help="HR offboarding ticket, e.g. HR-1234")
    ap.add_argument("--apply", action="store_true", help="make the changes (default: preview)")
    args = ap.parse_args()

    org = os.environ.get("OKTA_ORG_URL", "")
    token = os.environ.get("OKTA_API_TOKEN", "")
    host = urllib.parse.urlparse(org).hostname or ""
    if not org.startswith("https://") or not host:
        sys.exit("Set OKTA_ORG_URL to your tenant, e.g. https://acme.okta.com")
    if not token:
        sys.exit("Set OKTA_API_TOKEN in your shell (do not paste it into chat).")

    okta = Okta(org, token)
    me = okta.call("GET", "/api/v1/users/me")
    user = okta.call("GET", "/api/v1/users/" + urllib.parse.quote(args.login, safe=""))
    uid, status = user["id"], user["status"]
    profile = user.get("profile", {})
    name = f'{profile.get("firstName", "")} {profile.get("lastName", "")}'.strip()

    if uid == me["id"]:
        sys.exit("Refusing: this is the account that owns the API token (self-lockout guard).")

    plan = []
    if status != "SUSPENDED":
        plan.append(("POST", f"/api/v1/users/{uid}/lifecycle/suspend", "suspend"))
    plan.append(("DELETE", f"/api/v1/users/{uid}/sessions?oauthTokens=true",
                 "clear_sessions_and_oauth_tokens"))

    print(f"Tenant:  {host}")
    print(f"Ticket:  {args.ticket}")
    print(f"User:    {name} <{profile.get('login')}>  id={uid}  status={status}")
    print("Planned calls:")
    for method, path, _ in plan:
        print(f"  {method:6} {path}")

    if not args.apply:
        print("\nPreview only. Re-run with --apply after the user approves.")
        return

    typed = input(f"\nType the login '{args.login}' to confirm offboarding: ").strip()
    if typed != args.login:
        sys.exit("Confirmation did not match; nothing was changed.")

    for method, path, action in plan:
        okta.call(method, path)
        audit(args.ticket, args.login, uid, action)
        print(f"done: {action}")
    print(f"\nAudit entries appended to {os.path.abspath(AUDIT_LOG)}")


if __name__ == "__main__":
    main()
