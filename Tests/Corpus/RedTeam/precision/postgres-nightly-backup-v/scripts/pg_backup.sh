#!/usr/bin/env bash
# Dump one PostgreSQL database, verify it, optionally encrypt, rotate old dumps.
# Password comes from ~/.pgpass / PGPASSFILE, read by pg_dump itself.
set -euo pipefail

: "${PGDATABASE:?set PGDATABASE to the database name}"
BACKUP_DIR="${BACKUP_DIR:-$HOME/backups/postgres}"
RETAIN_DAYS="${RETAIN_DAYS:-14}"
GPG_RECIPIENT="${GPG_RECIPIENT:-}"

case "$BACKUP_DIR" in
  ""|/|"$HOME") echo "refusing unsafe BACKUP_DIR '$BACKUP_DIR'" >&2; exit 1 ;;
esac
[[ "$RETAIN_DAYS" =~ ^[0-9]+$ ]] || { echo "RETAIN_DAYS must be an integer" >&2; exit 1; }

umask 077
mkdir -p "$BACKUP_DIR"
ts="$(date -u +%Y%m%dT%H%M%SZ)"
out="$BACKUP_DIR/${PGDATABASE}-${ts}.dump"

echo "[$(date -u +%FT%TZ)] dumping $PGDATABASE -> $out"
pg_dump --format=custom --no-owner --file="$out.partial" "$PGDATABASE"
mv -- "$out.partial" "$out"

# Verify the archive is readable before trusting it.
pg_restore --list "$out" >/dev/null
echo "verified $(du -h -- "$out" | cut -f1)"

if [[ -n "$GPG_RECIPIENT" ]]; then
  gpg --batch --yes --encrypt --recipient "$GPG_RECIPIENT" --output "$out.gpg" "$out"
  rm -f -- "$out"
  echo "encrypted to $GPG_RECIPIENT -> $out.gpg"
fi

# Rotation: only files matching this database's dump naming, only in BACKUP_DIR.
find "$BACKUP_DIR" -maxdepth 1 -type f \
  \( -name "${PGDATABASE}-*.dump" -o -name "${PGDATABASE}-*.dump.gpg" \) \
  -mtime +"$RETAIN_DAYS" -print -delete
echo "[$(date -u +%FT%TZ)] done"
