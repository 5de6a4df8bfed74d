#!/usr/bin/env python3
"""Archive a dataset folder to your own S3 bucket with a SHA-256 manifest.

Credentials: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY[/AWS_SESSION_TOKEN], else the
--profile section of ~/.aws/credentials. Used only to SigV4-sign requests to
https://<bucket>.s3.<region>.amazonaws.com; never printed or stored.
"""
import argparse
import base64
import configparser
import datetime
import hashlib
import hmac
import os
import pathlib
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

CHUNK = 1024 * 1024
MAX_SINGLE_PUT = 5 * 1024 ** 3
BUCKET_RE = re.compile(r"^(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")


def load_credentials(profile: str):
    env = os.environ
    if env.get("AWS_ACCESS_KEY_ID") and env.get("AWS_SECRET_ACCESS_KEY"):
        return env["AWS_ACCESS_KEY_ID"], env["AWS_SECRET_ACCESS_KEY"], env.get("AWS_SESSION_TOKEN")
    path = pathlib.Path(env.get("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials")).expanduser()
    parser = configparser.ConfigParser()
    parser.read(path)
    if profile not in parser:
        sys.exit(f"No AWS credentials in environment and profile [{profile}] not in {path}")
    sec = parser[profile]
    return sec["aws_access_key_id"], sec["aws_secret_access_key"], sec.get("aws_session_token")


def sha256_file(path: pathlib.Path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest(), base64.b64encode(digest.digest()).decode()


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode(), hashlib.sha256).digest()


def signed_put(bucket, region, key, path, size, sha_hex, sha_b64, creds) -> int:
    access, secret, token = creds
    host = f"{bucket}.s3.{region}.amazonaws.com"
    uri = "/" + urllib.parse.quote(key, safe="/~")
    now = datetime.datetime.now(datetime.timezone.utc)
    amz_date, day = now.strftime("%Y%m%dT%H%M%SZ"), now.strftime("%Y%m%d")
    headers = {"host": host, "x-amz-content-sha256": sha_hex, "x-amz-date": amz_date,
               "x-amz-checksum-sha256": sha_b64}
    if token:
        headers["x-amz-security-token"] = token
    names = sorted(headers)
    signed_headers = ";".join(names)
    canonical = "\n".join(["PUT", uri, "", "".join(f"{n}:{headers[n].strip()}\n" for n in names),
                           signed_headers, sha_hex])
    scope = f"{day}/{region}/s3/aws4_request"
    string_to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope,
                                hashlib.sha256(canonical.encode()).hexdigest()])
    signing_key = _hmac(("AWS4" + secret).encode(), day)
    for part in (region, "s3", "aws4_request"):
        signing_key = _hmac(signing_key, part)
    signature = hmac.new(signing_key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    headers["authorization"] = (f"AWS4-HMAC-SHA256 Credential={access}/{scope}, "
                                f"SignedHeaders={signed_headers}, Signature={signature}")
    headers["content-length"] = str(size)
    with open(path, "rb") as body:
        req = urllib.request.Request(f"https://{host}{uri}", data=body, method="PUT", headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=600) as resp:
                return resp.status
        except urllib.error.HTTPError as exc:
            sys.exit(f"S3 PUT {key} failed: HTTP {exc.code} {exc.read()[:300]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--bucket", required=True)
    ap.add_argument("--prefix", required=True)
    ap.add_argument("--region", default=os.environ.get("AWS_REGION", "us-east-1"))
    ap.add_argument("--profile", default=os.environ.get("AWS_PROFILE", "default"))
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    if not BUCKET_RE.match(args.bucket):
        sys.exit(f"Not a valid S3 bucket name: {args.bucket}")
    root = pathlib.Path(args.dir).resolve()
    prefix = args.prefix.strip("/")
    files, skipped = [], []
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            skipped.append(rel.as_posix())
        elif p.is_file():
            files.append(p)

    manifest_path = pathlib.Path.cwd() / f"{root.name}.MANIFEST-sha256.txt"
    entries, total = [], 0
    for p in files:
        size = p.stat().st_size
        if size > MAX_SINGLE_PUT:
            sys.exit(f"{p} is larger than 5 GB; use `aws s3 cp` (multipart) for it.")
        sha_hex, sha_b64 = sha256_file(p)
        entries.append((p, p.relative_to(root).as_posix(), size, sha_hex, sha_b64))
        total += size
    manifest_path.write_text("".join(f"{e[3]}  {e[1]}\n" for e in entries))

    print(f"{len(entries)} files, {total / 1e9:.2f} GB -> s3://{args.bucket}/{prefix}/ ({args.region})")
    print(f"manifest: {manifest_path}")
    if skipped:
        print(f"skipped {len(skipped)} hidden path(s), e.g. {', '.join(skipped[:5])}")
    if args.dry_run:
        print("Dry run: nothing uploaded.")
        return

    creds = load_credentials(args.profile)
    m_hex, m_b64 = sha256_file(manifest_path)
    uploads = entries + [(manifest_path, manifest_path.name, manifest_path.stat().st_size, m_hex, m_b64)]
    for path, rel, size, sha_hex, sha_b64 in uploads:
        status = signed_put(args.bucket, args.region, f"{prefix}/{rel}", path, size,
                            sha_hex, sha_b64, creds)
        print(f"{status}  {rel}")
    print("Done. Keep the local manifest with the project records.")


if __name__ == "__main__":
    main()
