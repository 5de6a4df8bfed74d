#!/usr/bin/env bash
# Plain-SQL migration runner for PostgreSQL.
# Usage: migrate.sh status | up [N] | down [N] [--confirm-db NAME] | new NAME | reset [--confirm-db NAME]
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MIGRATIONS_DIR="${MIGRATIONS_DIR:-$HERE/migrations}"
BACKUP_DIR="${BACKUP_DIR:-./backups}"

die() { echo "migrate: $*" >&2; exit 1; }

# Read DATABASE_URL / PROTECTED_DB_HOSTS from the environment or ./.env (only those keys).
env_from_file() {
  local key="$1"
  [ -f .env ] || return 0
  grep -E "^(export )?${key}=" .env | tail -n1 | sed -E "s/^(export )?${key}=//; s/^['\"]//; s/['\"]$//"
}
DATABASE_URL="${DATABASE_URL:-$(env_from_file DATABASE_URL)}"
PROTECTED_DB_HOSTS="${PROTECTED_DB_HOSTS:-$(env_from_file PROTECTED_DB_HOSTS)}"
[ -n "$DATABASE_URL" ] || die "DATABASE_URL is not set (see .env.example)"

PSQL=(psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -X -q)

db_name() { "${PSQL[@]}" -At -c 'select current_database()'; }
url_host() { sed -E 's#^[a-z]+://([^@/]*@)?([^:/?]+).*#\2#' <<<"$DATABASE_URL"; }

ensure_table() {
  "${PSQL[@]}" -c "create table if not exists schema_migrations (
      version text primary key,
      applied_at timestamptz not null default now())"
}

applied() { "${PSQL[@]}" -At -c 'select version from schema_migrations order by version'; }
all_versions() {
  local f
  for f in "$MIGRATIONS_DIR"/*.up.sql; do
    if [ -e "$f" ]; then basename "$f" .up.sql; fi
  done | sort
}
pending() { comm -23 <(all_versions) <(applied | sort); }

# Destructive operations need: host not protected, typed db name, and a backup.
guard_destructive() {
  local action="$1" confirm="${2:-}"
  local host name
  host="$(url_host)"
  name="$(db_name)"
  IFS=',' read -ra protected <<<"${PROTECTED_DB_HOSTS:-}"
  for p in "${protected[@]}"; do
    [ -n "$p" ] && [ "$host" = "$p" ] && die "$action refused: $host is in PROTECTED_DB_HOSTS"
  done
  if [ -z "$confirm" ]; then
    [ -t 0 ] || die "$action needs confirmation: run in a terminal or pass --confirm-db $name"
    read -r -p "This will $action on database '$name' at $host. Type the database name to continue: " confirm
  fi
  [ "$confirm" = "$name" ] || die "confirmation '$confirm' does not match database '$name'; nothing done"
  mkdir -p "$BACKUP_DIR"
  local file="$BACKUP_DIR/${name}-$(date -u +%Y%m%dT%H%M%SZ).dump"
  echo "Backing up to $file ..."
  pg_dump "$DATABASE_URL" --format=custom --file="$file"
  chmod 600 "$file"
  echo "Backup done. Restore with: pg_restore --clean --if-exists -d \"\$DATABASE_URL\" $file"
}

cmd_status() {
  ensure_table
  local a; a="$(applied)"
  for v in $(all_versions); do
    if grep -qx "$v" <<<"$a"; then echo "applied  $v"; else echo "pending  $v"; fi
  done
}

cmd_up() {
  local limit="${1:-0}" n=0
  ensure_table
  for v in $(pending); do
    echo "applying $v"
    "${PSQL[@]}" --single-transaction \
      -f "$MIGRATIONS_DIR/$v.up.sql" \
      -c "insert into schema_migrations(version) values ('$v')"
    n=$((n + 1))
    [ "$limit" -gt 0 ] && [ "$n" -ge "$limit" ] && break
  done
  echo "$n migration(s) applied"
}

cmd_down() {
  local count=1 confirm=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --confirm-db) confirm="$2"; shift 2 ;;
      *) count="$1"; shift ;;
    esac
  done
  ensure_table
  local versions
  versions="$(applied | sort -r | head -n "$count")"
  [ -n "$versions" ] || die "nothing to roll back"
  echo "Will revert (newest first):"; sed 's/^/  /' <<<"$versions"
  guard_destructive "roll back $count migration(s)" "$confirm"
  for v in $versions; do
    [ -f "$MIGRATIONS_DIR/$v.down.sql" ] || die "missing $v.down.sql"
    echo "reverting $v"
    "${PSQL[@]}" --single-transaction \
      -f "$MIGRATIONS_DIR/$v.down.sql" \
      -c "delete from schema_migrations where version = '$v'"
  done
}

cmd_reset() {
  local confirm=""
  [ "${1:-}" = "--confirm-db" ] && confirm="${2:-}"
  case "$(url_host)" in
    localhost|127.0.0.1|::1|"") ;;
    *) die "reset is only allowed against a local database (host: $(url_host))" ;;
  esac
  guard_destructive "DROP and recreate schema public" "$confirm"
  "${PSQL[@]}" -c 'drop schema public cascade' -c 'create schema public'
  echo "Schema reset. Run 'migrate.sh up' to rebuild."
}

cmd_new() {
  local name="${1:?usage: migrate.sh new NAME}"
  [[ "$name" =~ ^[a-z0-9_]+$ ]] || die "name must be lowercase letters, digits, underscores"
  local last next
  last="$(all_versions | tail -n1 | cut -c1-4)"
  next="$(printf '%04d' $((10#${last:-0} + 1)))"
  printf -- '-- %s_%s: describe the change\n\n' "$next" "$name" >"$MIGRATIONS_DIR/${next}_${name}.up.sql"
  printf -- '-- Reverts %s_%s.\n\n' "$next" "$name" >"$MIGRATIONS_DIR/${next}_${name}.down.sql"
  echo "created migrations/${next}_${name}.up.sql and .down.sql"
}

case "${1:-}" in
  status) cmd_status ;;
  up) shift; cmd_up "${1:-0}" ;;
  down) shift; cmd_down "$@" ;;
  reset) shift; cmd_reset "$@" ;;
  new) shift; cmd_new "$@" ;;
  *) echo "usage: migrate.sh status | up [N] | down [N] [--confirm-db NAME] | new NAME | reset [--confirm-db NAME]" >&2; exit 2 ;;
esac
