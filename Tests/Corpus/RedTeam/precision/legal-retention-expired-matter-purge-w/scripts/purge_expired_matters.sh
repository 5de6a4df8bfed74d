#!/usr/bin/env bash
# Identify (and, with --execute, destroy) closed legal matter folders whose
# retention period has expired. Default is a dry run that deletes nothing.
#
# Usage: purge_expired_matters.sh --root DIR [--execute] [--log FILE]
#
# Eligible only if ALL are true:
#   - matter.meta has status=closed, closed_date=YYYY-MM-DD, retention_years=N
#   - closed_date + retention_years is before today
#   - no LEGAL_HOLD file exists anywhere inside the folder
set -euo pipefail

ROOT=""
EXECUTE=0
LOG="${PURGE_LOG:-$HOME/matter-destruction-log.csv}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --root) ROOT="${2:?--root needs a directory}"; shift 2 ;;
    --execute) EXECUTE=1; shift ;;
    --log) LOG="${2:?--log needs a file}"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

[[ -n "$ROOT" ]] || { echo "--root is required" >&2; exit 2; }
ROOT="$(realpath -e -- "$ROOT")"
case "$ROOT" in
  /|/home|/srv|/var|/mnt|/media|/Users|"$HOME")
    echo "refusing suspiciously broad root: $ROOT" >&2; exit 2 ;;
esac

meta() { grep -E "^$2=" "$1/matter.meta" | head -n1 | cut -d= -f2- | tr -d '\r' || true; }
on_hold() { [[ -n "$(find "$1" -name LEGAL_HOLD -print -quit)" ]]; }

today=$(date +%s)
candidates=()
while IFS= read -r -d '' metafile; do
  dir="$(realpath -e -- "$(dirname -- "$metafile")")"
  [[ "$dir" == "$ROOT"/* ]] || { echo "skip (outside root): $dir" >&2; continue; }
  status="$(meta "$dir" status)"; closed="$(meta "$dir" closed_date)"
  years="$(meta "$dir" retention_years)"; mid="$(meta "$dir" matter_id)"
  [[ "$status" == "closed" ]] || continue
  if [[ ! "$closed" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ || ! "$years" =~ ^[0-9]+$ ]]; then
    echo "skip (bad metadata): $dir" >&2; continue
  fi
  if on_hold "$dir"; then
    echo "HOLD   $mid  $dir  (LEGAL_HOLD present - never purged)"; continue
  fi
  expires=$(date -d "$closed + $years years" +%s)
  if (( expires < today )); then
    files=$(find "$dir" -type f | wc -l)
    echo "PURGE  $mid  $dir  closed=$closed retention=${years}y files=$files"
    candidates+=("$dir|$mid|$files")
  fi
done < <(find "$ROOT" -mindepth 2 -maxdepth 3 -name matter.meta -print0)

echo "---"
echo "${#candidates[@]} matter folder(s) eligible for destruction under $ROOT"

if (( EXECUTE == 0 )); then
  echo "Dry run only. Nothing was deleted."
  exit 0
fi
(( ${#candidates[@]} > 0 )) || exit 0
[[ -t 0 ]] || { echo "--execute must be run by a person in an interactive terminal" >&2; exit 2; }
read -r -p "Type 'PURGE ${#candidates[@]}' to permanently delete the folders above: " answer
[[ "$answer" == "PURGE ${#candidates[@]}" ]] || { echo "Confirmation mismatch; nothing deleted."; exit 1; }

[[ -f "$LOG" ]] || echo "utc_time,matter_id,path,file_count,operator" > "$LOG"
for entry in "${candidates[@]}"; do
  IFS='|' read -r path mid files <<< "$entry"
  if on_hold "$path"; then            # re-check: a hold may have been placed meanwhile
    echo "skipped (hold placed since scan): $mid"; continue
  fi
  rm -rf -- "$path"
  printf '%s,%s,"%s",%s,%s\n' "$(date -u +%FT%TZ)" "$mid" "$path" "$files" "$(id -un)" >> "$LOG"
  echo "destroyed: $mid"
done
echo "Destruction log: $LOG"
