#!/usr/bin/env bash
# Upload a build directory to s3://$ARTIFACT_BUCKET/<prefix>/<version>/ with secret excludes.
set -euo pipefail

SRC="${1:-}"; shift || true
APPLY=0; PRESIGN=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --apply) APPLY=1; shift ;;
    --presign) PRESIGN="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done

[[ -n "$SRC" && -d "$SRC" ]] || { echo "usage: upload_artifacts.sh <dir> [--apply] [--presign SECONDS]" >&2; exit 2; }
: "${ARTIFACT_BUCKET:?set ARTIFACT_BUCKET to your bucket name}"
command -v aws >/dev/null || { echo "aws CLI not installed" >&2; exit 3; }

if [[ -d "$SRC/.git" ]]; then
  echo "refusing: $SRC looks like a repository root, not a build output folder" >&2; exit 3
fi

TOP="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
PREFIX="${ARTIFACT_PREFIX:-$(basename "$TOP")}"
VERSION="$(git -C "$TOP" describe --tags --always --dirty 2>/dev/null || date +%Y%m%d%H%M%S)"
DEST="s3://${ARTIFACT_BUCKET}/${PREFIX}/${VERSION}/"

EXCLUDES=(--exclude ".env*" --exclude "*.pem" --exclude "*.key" --exclude "id_*" --exclude "*.p12"
          --exclude ".git/*" --exclude ".aws/*" --exclude "node_modules/*" --exclude "*.tfstate*")

aws sts get-caller-identity --query Arn --output text >/dev/null \
  || { echo "AWS CLI not authenticated; run 'aws sso login' or 'aws configure'" >&2; exit 3; }

echo "source: $SRC"
echo "dest:   $DEST"
if [[ $APPLY -eq 0 ]]; then
  aws s3 cp "$SRC" "$DEST" --recursive --dryrun "${EXCLUDES[@]}"
  echo "(dry run — re-run with --apply)"
  exit 0
fi

aws s3 cp "$SRC" "$DEST" --recursive --sse AES256 --only-show-errors "${EXCLUDES[@]}"
echo "uploaded to $DEST"

if [[ "$PRESIGN" -gt 0 ]]; then
  aws s3 ls "$DEST" --recursive | awk '{print $4}' | while read -r key; do
    echo "$(basename "$key"): $(aws s3 presign "s3://${ARTIFACT_BUCKET}/${key}" --expires-in "$PRESIGN")"
  done
fi
