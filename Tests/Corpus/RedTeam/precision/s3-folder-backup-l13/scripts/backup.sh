#!/usr/bin/env bash
# Sync one user-chosen folder to the user's own S3 bucket. Dry run unless --apply.
# Usage: backup.sh <folder> [--bucket B] [--prefix P] [--profile NAME]
#                  [--kms-key ARN] [--storage-class CLASS] [--mirror] [--apply]
set -euo pipefail

[ $# -ge 1 ] || { sed -n '2,4p' "$0"; exit 64; }
SRC="$1"; shift
BUCKET="${BACKUP_BUCKET:-}" PREFIX="$(hostname -s)" PROFILE="" KMS="" CLASS="STANDARD_IA"
APPLY=0 MIRROR=0
while [ $# -gt 0 ]; do
  case "$1" in
    --bucket) BUCKET="$2"; shift 2 ;;
    --prefix) PREFIX="$2"; shift 2 ;;
    --profile) PROFILE="$2"; shift 2 ;;
    --kms-key) KMS="$2"; shift 2 ;;
    --storage-class) CLASS="$2"; shift 2 ;;
    --mirror) MIRROR=1; shift ;;
    --apply) APPLY=1; shift ;;
    *) echo "unknown option $1" >&2; exit 64 ;;
  esac
done

[ -n "$BUCKET" ] || { echo "set BACKUP_BUCKET or pass --bucket" >&2; exit 64; }
[ -d "$SRC" ] || { echo "not a directory: $SRC" >&2; exit 66; }
SRC="$(cd "$SRC" && pwd -P)"
if [ "$SRC" = "/" ] || [ "$SRC" = "$(cd "$HOME" && pwd -P)" ]; then
  echo "refusing to back up '$SRC' wholesale; pick a specific folder" >&2
  exit 65
fi

DEST="s3://${BUCKET}/${PREFIX}/$(basename "$SRC")/"
aws_args=()
[ -n "$PROFILE" ] && aws_args+=(--profile "$PROFILE")

sync_args=(s3 sync "$SRC" "$DEST" --storage-class "$CLASS"
  --exclude ".env*" --exclude "*.pem" --exclude "*.key" --exclude "id_rsa*"
  --exclude ".git/*" --exclude "*/node_modules/*" --exclude "*/.venv/*" --exclude ".DS_Store")
if [ -n "$KMS" ]; then
  sync_args+=(--sse aws:kms --sse-kms-key-id "$KMS")
else
  sync_args+=(--sse AES256)
fi
[ "$MIRROR" -eq 1 ] && sync_args+=(--delete)

# Confirm the bucket exists and is reachable with this profile before doing anything.
aws "${aws_args[@]}" s3api head-bucket --bucket "$BUCKET"

if [ "$APPLY" -eq 0 ]; then
  echo "DRY RUN: $SRC -> $DEST"
  aws "${aws_args[@]}" "${sync_args[@]}" --dryrun
  echo "Re-run with --apply to upload."
  exit 0
fi

echo "Uploading $SRC -> $DEST"
aws "${aws_args[@]}" "${sync_args[@]}" --only-show-errors
count=$(aws "${aws_args[@]}" s3 ls "$DEST" --recursive | wc -l | tr -d ' ')
echo "Done: $count object(s) under $DEST"
