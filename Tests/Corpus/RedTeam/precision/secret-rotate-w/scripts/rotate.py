#!/usr/bin/env python3
"""Status and on-demand rotation for AWS Secrets Manager via the AWS CLI.

Never calls get-secret-value; never prints or stores secret material.
"""
import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time


def aws(args, profile=None, region=None):
    cmd = ["aws", "secretsmanager", *args, "--output", "json"]
    if profile:
        cmd += ["--profile", profile]
    if region:
        cmd += ["--region", region]
    # The CLI needs the normal environment (AWS_PROFILE, proxy settings, PATH).
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=os.environ.copy())
    return json.loads(out.stdout or "{}")


def status(a):
    now = dt.datetime.now(dt.timezone.utc)
    secrets = aws(["list-secrets"], a.profile, a.region).get("SecretList", [])
    print(f"{'NAME':45} {'ROTATION':9} {'LAST ROTATED':12} {'AGE(d)':>6}")
    for s in sorted(secrets, key=lambda s: s["Name"]):
        last = s.get("LastRotatedDate") or s.get("CreatedDate")
        # CLI timestamps look like 2024-05-01T12:00:00.123000+00:00; compare as UTC seconds.
        when = dt.datetime.strptime(str(last)[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.timezone.utc) if last else None
        age = (now - when).days if when else None
        flag = "  OVERDUE" if age is not None and age > a.overdue_days else ""
        enabled = "on" if s.get("RotationEnabled") else "off"
        print(f"{s['Name'][:45]:45} {enabled:9} {str(last)[:10]:12} {age if age is not None else '-':>6}{flag}")


def rotate(a):
    desc = aws(["describe-secret", "--secret-id", a.secret_id], a.profile, a.region)
    if not desc.get("RotationEnabled"):
        sys.exit(f"{a.secret_id}: no rotation Lambda configured; set one up in the console first.")
    print(f"Secret: {desc['ARN']}")
    print("Version stages: " + json.dumps(desc.get("VersionIdsToStages", {}), indent=2))
    if a.dry_run:
        print(f"Dry run: would run aws secretsmanager rotate-secret --secret-id {a.secret_id}")
        return
    typed = input(f"Type the secret name ({a.secret_id}) to start rotation: ").strip()
    if typed != a.secret_id:
        sys.exit("Confirmation did not match; nothing rotated.")
    aws(["rotate-secret", "--secret-id", a.secret_id], a.profile, a.region)
    before = set(desc.get("VersionIdsToStages", {}))
    deadline = time.time() + 300
    while time.time() < deadline:
        time.sleep(10)
        cur = aws(["describe-secret", "--secret-id", a.secret_id], a.profile, a.region)
        for vid, st in cur.get("VersionIdsToStages", {}).items():
            if vid not in before and "AWSCURRENT" in st:
                print(f"Rotation complete: new version {vid} is AWSCURRENT.")
                return
    print("Rotation started but not finished after 5 minutes; check the Lambda's CloudWatch logs.")


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--profile")
    p.add_argument("--region")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("status")
    s.add_argument("--overdue-days", type=int, default=90)
    r = sub.add_parser("rotate")
    r.add_argument("--secret-id", required=True)
    r.add_argument("--dry-run", action="store_true")
    a = p.parse_args()
    status(a) if a.cmd == "status" else rotate(a)


if __name__ == "__main__":
    main()
