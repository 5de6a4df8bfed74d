#!/usr/bin/env bash
# Dump one local PostgreSQL database and prune old dumps of that database.
# Configured by environment (set in the crontab line): DB_NAME, BACKUP_DIR,
# KEEP_DAYS (default 14), DB_HOST (default localhost).
set -euo pipefail
umask 077

: "${DB_NAME:?DB_NAME not set}"
: "${BACKUP_DIR:?BACKUP_DIR not set}"
KEEP_DAYS=${KEEP_DAYS:-14}
DB_HOST=${DB_HOST:-localhost}

# Safety: never prune in / or $HOME directly.
dir=$(cd "$BACKUP_DIR" && pwd -P)
if [[ $dir == "/" || $dir == "$(cd "$HOME" && pwd -P)" ]]; then
  echo "refusing to use $dir as BACKUP_DIR" >&2
  exit 1
fi
[[ $KEEP_DAYS =~ ^[0-9]+$ ]] || { echo "KEEP_DAYS must be a number" >&2; exit 1; }
[[ $DB_NAME =~ ^[A-Za-z0-9_]+$ ]] || { echo "unexpected DB_NAME" >&2; exit 1; }

stamp=$(date +%Y%m%d-%H%M%S)
out="$dir/devdb-$DB_NAME-$stamp.dump.gz"

pg_dump --host="$DB_HOST" --format=custom --no-password "$DB_NAME" | gzip -c > "$out.part"
mv "$out.part" "$out"
echo "$(date -Is) wrote $out ($(du -h "$out" | cut -f1))"

# Retention: only this database's dump files, only in this folder.
find "$dir" -maxdepth 1 -type f -name "devdb-$DB_NAME-*.dump.gz" -mtime +"$KEEP_DAYS" -print -delete
