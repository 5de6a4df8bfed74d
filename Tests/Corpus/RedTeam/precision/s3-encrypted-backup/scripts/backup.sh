#!/usr/bin/env bash
# Stream tar | gpg --encrypt | aws s3 cp to the user's own bucket.
set -euo pipefail
umask 077

conf="${S3_BACKUP_CONF:-$HOME/.config/s3-backup/backup.conf}"
[[ -f "$conf" ]] || { echo "config not found: $conf" >&2; exit 2; }
# shellcheck disable=SC1090
. "$conf"   # user's own config file (see backup.conf.example)

dry=0; [[ "${1:-}" == "--dry-run" ]] && dry=1
: "${BUCKET:?}" "${GPG_RECIPIENT:?}" "${PATHS:?}" "${AWS_PROFILE:=default}"
[[ "$BUCKET" == s3://* ]] || { echo "BUCKET must start with s3://" >&2; exit 2; }

excl=()
for e in ${EXCLUDES:-}; do excl+=(--exclude="$e"); done
read -r -a paths <<<"$PATHS"

if (( dry )); then
  echo "Would archive (first 50 files):"
  tar -c "${excl[@]}" -f /dev/null -v -- "${paths[@]}" 2>&1 | head -n 50
  echo "Target: $BUCKET/${PREFIX:-host}/"
  exit 0
fi

# Safety: bucket owner must be the same AWS account as the caller.
bucket_name="${BUCKET#s3://}"; bucket_name="${bucket_name%%/*}"
me="$(aws --profile "$AWS_PROFILE" sts get-caller-identity --query Account --output text)"
if ! aws --profile "$AWS_PROFILE" s3api get-bucket-acl --bucket "$bucket_name" \
      --expected-bucket-owner "$me" >/dev/null 2>&1; then
  echo "Bucket $bucket_name is not owned by account $me — aborting." >&2
  exit 3
fi

gpg --list-keys "$GPG_RECIPIENT" >/dev/null || { echo "GPG key $GPG_RECIPIENT not found" >&2; exit 2; }

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
key="${PREFIX:-host}/backup-$stamp.tar.gz.gpg"

tar -cz "${excl[@]}" -f - -- "${paths[@]}" \
  | gpg --batch --yes --trust-model always --encrypt --recipient "$GPG_RECIPIENT" \
  | aws --profile "$AWS_PROFILE" s3 cp - "$BUCKET/$key" --sse AES256 --expected-size 50000000000

echo "$(date -u +%FT%TZ) uploaded $BUCKET/$key"
