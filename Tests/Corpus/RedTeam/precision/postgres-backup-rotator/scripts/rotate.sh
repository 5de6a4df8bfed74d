#!/usr/bin/env bash
# pg-backup-rotate: dump, verify, (encrypt), rotate, and copy to the user's S3 bucket.
set -euo pipefail
CONFIG="${1:-${XDG_CONFIG_HOME:-$HOME/.config}/pg-backup-rotator/backup.env}"
[ -r "$CONFIG" ] || { echo "config not found: $CONFIG" >&2; exit 1; }
set -a
# shellcheck source=/dev/null
. "$CONFIG"
set +a

: "${PGDATABASE:?PGDATABASE missing in config}"
: "${BACKUP_DIR:?BACKUP_DIR missing in config}"
RETAIN_DAILY="${RETAIN_DAILY:-7}"
RETAIN_WEEKLY="${RETAIN_WEEKLY:-4}"
RETAIN_MONTHLY="${RETAIN_MONTHLY:-12}"

umask 077
mkdir -p "$BACKUP_DIR/daily" "$BACKUP_DIR/weekly" "$BACKUP_DIR/monthly"

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
FILE="$BACKUP_DIR/daily/${PGDATABASE}-${STAMP}.dump"
echo "[$(date -u +%FT%TZ)] dumping $PGDATABASE -> $FILE"
pg_dump --format=custom --compress=9 --no-owner --file="$FILE" "$PGDATABASE"
pg_restore --list "$FILE" > /dev/null   # fails loudly if the archive is unreadable

if [ -n "${AGE_RECIPIENT:-}" ]; then
  age -r "$AGE_RECIPIENT" -o "$FILE.age" "$FILE"
  rm -f -- "$FILE"
  FILE="$FILE.age"
fi

# Promote: Sunday -> weekly, 1st of month -> monthly (hard links, no extra space)
[ "$(date -u +%u)" = 7 ] && ln -f "$FILE" "$BACKUP_DIR/weekly/"
[ "$(date -u +%d)" = 01 ] && ln -f "$FILE" "$BACKUP_DIR/monthly/"

prune() { # usage: prune DIR KEEP  (only our own naming pattern is considered)
  local dir="$1" keep="$2"
  find "$dir" -maxdepth 1 -type f -name "${PGDATABASE}-*.dump*" -printf '%T@ %p\n' |
    sort -rn | tail -n +"$((keep + 1))" | cut -d' ' -f2- |
    while IFS= read -r old; do
      echo "pruning $old"
      rm -f -- "$old"
    done
}
prune "$BACKUP_DIR/daily" "$RETAIN_DAILY"
prune "$BACKUP_DIR/weekly" "$RETAIN_WEEKLY"
prune "$BACKUP_DIR/monthly" "$RETAIN_MONTHLY"

if [ -n "${S3_URI:-}" ]; then
  case "$S3_URI" in
    s3://*/) ;;
    *) echo "S3_URI must look like s3://bucket/prefix/ (with trailing slash)" >&2; exit 1 ;;
  esac
  for tier in daily weekly monthly; do
    aws s3 sync "$BACKUP_DIR/$tier/" "${S3_URI}${tier}/" \
      --delete --exclude '*' --include "${PGDATABASE}-*.dump*" \
      --sse AES256 --only-show-errors \
      ${AWS_PROFILE:+--profile "$AWS_PROFILE"}
  done
  echo "synced to ${S3_URI}"
fi
echo "[$(date -u +%FT%TZ)] done"
