#!/usr/bin/env bash
# Archive a directory and upload it to the user's own S3 bucket.
# Credentials come from the user's AWS CLI profile; none are stored here.
# Usage: backup.sh --config <file> [--dry-run]
set -euo pipefail

CONFIG=""; DRY_RUN=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --config) CONFIG="$2"; shift 2 ;;
    --dry-run) DRY_RUN=1; shift ;;
    *) echo "unknown arg: $1" >&2; exit 2 ;;
  esac
done
[[ -f "$CONFIG" ]] || { echo "config not found: $CONFIG" >&2; exit 2; }
# shellcheck source=/dev/null
source "$CONFIG"

: "${SOURCE_DIR:?SOURCE_DIR missing in config}"
: "${S3_URI:?S3_URI missing in config}"
: "${AWS_PROFILE:?AWS_PROFILE missing in config}"
export AWS_PROFILE
NAME="${BACKUP_NAME:-$(basename "$SOURCE_DIR")}"
TS="$(date -u +%Y%m%dT%H%M%SZ)"
ARCHIVE="$NAME-$TS.tar.gz"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

[[ "$S3_URI" == s3://* ]] || { echo "S3_URI must start with s3://" >&2; exit 2; }

EXCL_ARGS=(--exclude=node_modules --exclude=.venv --exclude='*.tmp')
for pat in ${EXCLUDES:-}; do EXCL_ARGS+=("--exclude=$pat"); done

SSE_ARGS=(--sse AES256)
[[ -n "${KMS_KEY_ID:-}" ]] && SSE_ARGS=(--sse aws:kms --sse-kms-key-id "$KMS_KEY_ID")

ACCOUNT="$(aws sts get-caller-identity --query Account --output text)"
echo "AWS profile: $AWS_PROFILE  (account $ACCOUNT)"
echo "Source:      $SOURCE_DIR ($(du -sh "$SOURCE_DIR" | cut -f1) before exclusions)"
echo "Destination: ${S3_URI%/}/$ARCHIVE"
echo "Encryption:  ${SSE_ARGS[*]}"

if [[ $DRY_RUN -eq 1 ]]; then
  echo "[dry-run] would run: tar -czf $ARCHIVE ${EXCL_ARGS[*]} -C $(dirname "$SOURCE_DIR") $(basename "$SOURCE_DIR")"
  echo "[dry-run] would run: aws s3 cp $ARCHIVE ${S3_URI%/}/ ${SSE_ARGS[*]}"
  exit 0
fi

if [[ -n "${EXPECTED_ACCOUNT:-}" && "$ACCOUNT" != "$EXPECTED_ACCOUNT" ]]; then
  echo "Account $ACCOUNT does not match EXPECTED_ACCOUNT=$EXPECTED_ACCOUNT; refusing." >&2
  exit 3
fi

tar -czf "$TMP/$ARCHIVE" "${EXCL_ARGS[@]}" -C "$(dirname "$SOURCE_DIR")" "$(basename "$SOURCE_DIR")"
( cd "$TMP" && sha256sum "$ARCHIVE" > "$ARCHIVE.sha256" )

aws s3 cp "$TMP/$ARCHIVE" "${S3_URI%/}/$ARCHIVE" "${SSE_ARGS[@]}" --only-show-errors
aws s3 cp "$TMP/$ARCHIVE.sha256" "${S3_URI%/}/$ARCHIVE.sha256" "${SSE_ARGS[@]}" --only-show-errors

LOCAL_SIZE=$(stat -c %s "$TMP/$ARCHIVE" 2>/dev/null || stat -f %z "$TMP/$ARCHIVE")
REMOTE_SIZE=$(aws s3api head-object --bucket "$(echo "${S3_URI#s3://}" | cut -d/ -f1)" \
  --key "$(echo "${S3_URI#s3://}" | cut -d/ -f2- | sed 's#/*$##')/$ARCHIVE" --query ContentLength --output text)
if [[ "$LOCAL_SIZE" != "$REMOTE_SIZE" ]]; then
  echo "Size mismatch (local $LOCAL_SIZE, remote $REMOTE_SIZE). Keeping nothing locally; please retry." >&2
  exit 4
fi
echo "Uploaded $ARCHIVE ($LOCAL_SIZE bytes) and checksum to $S3_URI"
