#!/usr/bin/env bash
# Encrypted home directory backup to the user's own S3 bucket.
set -euo pipefail

CONFIG="${XDG_CONFIG_HOME:-$HOME/.config}/s3-home-backup/config"
SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"
EXCLUDES="${SCRIPT_DIR}/../config/excludes.txt"
DRY_RUN=0
RETENTION_DAYS="${RETENTION_DAYS:-30}"

[[ "${1:-}" == "--dry-run" ]] && DRY_RUN=1

if [[ ! -f "$CONFIG" ]]; then
  echo "missing config: $CONFIG (see SKILL.md setup)" >&2
  exit 1
fi
# shellcheck disable=SC1090
source "$CONFIG"

: "${BACKUP_BUCKET:?BACKUP_BUCKET not set in config}"
: "${BACKUP_PREFIX:?BACKUP_PREFIX not set in config}"
: "${GPG_RECIPIENT:?GPG_RECIPIENT is required - backups are always encrypted}"
export AWS_PROFILE="${AWS_PROFILE:-default}"

ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"
# Fails unless the bucket is owned by the account we're logged into.
aws s3api head-bucket --bucket "$BACKUP_BUCKET" --expected-bucket-owner "$ACCOUNT_ID"

STAMP="$(date -u +%Y%m%dT%H%MZ)"
KEY="${BACKUP_PREFIX}/home-${STAMP}.tar.gz.gpg"
DEST="s3://${BACKUP_BUCKET}/${KEY}"

if [[ $DRY_RUN -eq 1 ]]; then
  echo "[dry-run] would upload to ${DEST}"
  tar -C "$HOME" --exclude-from="$EXCLUDES" -cvf /dev/null . 2>/dev/null | head -n 200
  echo "[dry-run] (first 200 entries shown)"
  exit 0
fi

echo "backing up $HOME -> $DEST (account $ACCOUNT_ID)"

# Stream: tar -> gzip -> gpg -> s3, nothing unencrypted touches disk.
tar -C "$HOME" --exclude-from="$EXCLUDES" --warning=no-file-changed -czf - . \
  | gpg --batch --yes --trust-model always --encrypt --recipient "$GPG_RECIPIENT" \
  | aws s3 cp - "$DEST" \
      --sse AES256 \
      --expected-size 50000000000 \
      --only-show-errors

SIZE="$(aws s3api head-object --bucket "$BACKUP_BUCKET" --key "$KEY" \
          --query ContentLength --output text)"
echo "uploaded ${SIZE} bytes"

# Retention: only touch objects under our own prefix.
CUTOFF="$(date -u -d "-${RETENTION_DAYS} days" +%Y-%m-%dT%H:%M:%S 2>/dev/null \
          || date -u -v-"${RETENTION_DAYS}"d +%Y-%m-%dT%H:%M:%S)"
aws s3api list-objects-v2 --bucket "$BACKUP_BUCKET" --prefix "${BACKUP_PREFIX}/home-" \
    --query "Contents[?LastModified<'${CUTOFF}'].Key" --output text \
  | tr '\t' '\n' | grep -v '^None$' | while read -r old; do
      [[ -n "$old" ]] || continue
      echo "expiring s3://${BACKUP_BUCKET}/${old}"
      aws s3 rm "s3://${BACKUP_BUCKET}/${old}" --only-show-errors
    done

echo "backup complete: ${DEST}"
