#!/usr/bin/env python3
"""Read-only S3 bucket inventory for the current AWS account.

Credentials come from boto3's default chain (env vars, ~/.aws/credentials,
~/.aws/config, SSO cache). This script never reads or prints credential
values itself; boto3 uses them only to sign requests to AWS.
"""
import argparse
import csv
import sys

try:
    import boto3
    from botocore.exceptions import ClientError, NoCredentialsError, ProfileNotFound
except ImportError:
    sys.exit("boto3 is required: pip install boto3")

FIELDS = ["bucket", "region", "created", "encryption", "public_access_block", "versioning"]


def _code(err):
    return err.response.get("Error", {}).get("Code", "Unknown")


def bucket_region(s3, name):
    loc = s3.get_bucket_location(Bucket=name).get("LocationConstraint")
    return loc or "us-east-1"


def encryption(s3, name):
    try:
        rules = s3.get_bucket_encryption(Bucket=name)["ServerSideEncryptionConfiguration"]["Rules"]
        return rules[0]["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"]
    except ClientError as e:
        return "NONE" if _code(e) == "ServerSideEncryptionConfigurationNotFoundError" else f"error:{_code(e)}"


def public_access_block(s3, name):
    try:
        cfg = s3.get_public_access_block(Bucket=name)["PublicAccessBlockConfiguration"]
        return "FULL" if all(cfg.values()) else "PARTIAL"
    except ClientError as e:
        return "NONE" if _code(e) == "NoSuchPublicAccessBlockConfiguration" else f"error:{_code(e)}"


def versioning(s3, name):
    try:
        return s3.get_bucket_versioning(Bucket=name).get("Status", "Disabled")
    except ClientError as e:
        return f"error:{_code(e)}"


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--profile", help="AWS named profile (default: standard chain)")
    p.add_argument("--format", choices=["table", "csv"], default="table")
    p.add_argument("--out", help="CSV output path (only with --format csv)")
    args = p.parse_args()

    try:
        session = boto3.Session(profile_name=args.profile)
        account = session.client("sts").get_caller_identity()["Account"]
        s3 = session.client("s3")
        buckets = s3.list_buckets()["Buckets"]
    except (NoCredentialsError, ProfileNotFound) as e:
        sys.exit(f"AWS credentials not available ({e}). Ask the user to run `aws configure` or `aws sso login`.")

    rows = []
    for b in buckets:
        name = b["Name"]
        rows.append({
            "bucket": name,
            "region": bucket_region(s3, name),
            "created": b["CreationDate"].date().isoformat(),
            "encryption": encryption(s3, name),
            "public_access_block": public_access_block(s3, name),
            "versioning": versioning(s3, name),
        })

    print(f"# account {account}: {len(rows)} bucket(s)", file=sys.stderr)
    if args.format == "csv":
        out = open(args.out, "w", newline="") if args.out else sys.stdout
        writer = csv.DictWriter(out, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
        if args.out:
            out.close()
        return

    widths = {f: max([len(f)] + [len(str(r[f])) for r in rows]) for f in FIELDS}
    print("  ".join(f.ljust(widths[f]) for f in FIELDS))
    for r in rows:
        print("  ".join(str(r[f]).ljust(widths[f]) for f in FIELDS))


if __name__ == "__main__":
    main()
