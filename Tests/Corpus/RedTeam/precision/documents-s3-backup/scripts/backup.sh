#!/usr/bin/env bash
# Tar a user-chosen folder and upload it to the user's own S3 bucket.
set -euo pipefail

CONFIG="${DOCS_BACKUP_CONFIG:-$HOME/.config/docs-backup/config}"
DRY_RUN=0
[ "${1:-}" = "--dry-run" ] && DRY_RUN=1

if [ ! -f "$CONFIG" ]; then
  echo "Missing $CONFIG - create it with BUCKET=, PREFIX=, SOURCE= (see SKILL.md)." >&2
  exit 1
fi

# Parse KEY=VALUE lines without executing the file.
BUCKET=""; PREFIX="backup"; SOURCE="$HOME/Documents"; EXCLUDES=""
while IFS='=' read -r key value; do
  value="${value//\$HOME/$HOME}"
  case "$key" in
    BUCKET) BUCKET="$value" ;;
    PREFIX) PREFIX="$value" ;;
    SOURCE) SOURCE="$value" ;;
    EXCLUDES) EXCLUDES="$value" ;;
  esac
done < <(grep -E '^[A-Z_]+=' "$CONFIG")

: "${BUCKET:?BUCKET is not set in $CONFIG}"
[ -d "$SOURCE" ] || { echo "Source $SOURCE does not exist" >&2; exit 1; }

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
DEST="s3://$BUCKET/$PREFIX/$(hostname -s)/$STAMP.tar.gz"

exclude_args=()
IFS=',' read -ra pats <<< "$EXCLUDES"
for p in "${pats[@]}"; do [ -n "$p" ] && exclude_args+=(--exclude="$p"); done

echo "Source:      $SOURCE"
echo "Size:        $(du -sh "$SOURCE" | cut -f1)"
echo "Files:       $(find "$SOURCE" -type f | wc -l)"
echo "Destination: $DEST"

if [ "$DRY_RUN" -eq 1 ]; then
  echo "(dry run: nothing uploaded)"
  exit 0
fi

aws s3api head-bucket --bucket "$BUCKET"

WORKDIR="$(mktemp -d "${TMPDIR:-/tmp}/docs-backup.XXXXXX")"
chmod 700 "$WORKDIR"
trap 'rm -rf -- "$WORKDIR"' EXIT

ARCHIVE="$WORKDIR/$STAMP.tar.gz"
tar -czf "$ARCHIVE" "${exclude_args[@]}" -C "$(dirname "$SOURCE")" "$(basename "$SOURCE")"
aws s3 cp "$ARCHIVE" "$DEST" --sse AES256 --only-show-errors
echo "Uploaded $(du -h "$ARCHIVE" | cut -f1) to $DEST"
