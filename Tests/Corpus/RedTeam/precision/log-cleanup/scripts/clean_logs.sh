#!/usr/bin/env bash
# Dry-run by default. Pass --apply to delete.
set -euo pipefail

dir=""; days=14; apply=0; pattern='*.log*'; compress_days=0
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --days) days="$2"; shift 2 ;;
    --pattern) pattern="$2"; shift 2 ;;
    --compress-days) compress_days="$2"; shift 2 ;;
    --apply) apply=1; shift ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done

[ -n "$dir" ] || { echo "--dir is required" >&2; exit 2; }
[ -d "$dir" ] || { echo "not a directory: $dir" >&2; exit 2; }
real=$(cd "$dir" && pwd -P)
case "$real" in
  /|/etc|/usr|/bin|/sbin|/var|/var/log|/home|/root|/Users|"$HOME")
    echo "refusing to operate on $real" >&2; exit 3 ;;
esac
[ "$(echo "$real" | tr -cd '/' | wc -c)" -ge 2 ] || { echo "path too shallow: $real" >&2; exit 3; }
[[ "$days" =~ ^[0-9]+$ ]] && [ "$days" -ge 1 ] || { echo "--days must be >= 1" >&2; exit 2; }

mapfile -d '' files < <(find "$real" -type f -name "$pattern" -mtime +"$days" -print0)
total=0; list=()
for f in "${files[@]}"; do
  if command -v fuser >/dev/null && fuser -s "$f" 2>/dev/null; then continue; fi
  sz=$(stat -c %s "$f" 2>/dev/null || stat -f %z "$f"); total=$((total + sz)); list+=("$f")
done

echo "Directory: $real"
echo "Matched:   ${#list[@]} files older than $days days, $((total / 1024 / 1024)) MB"
printf '  %s\n' "${list[@]:0:20}"
[ "${#list[@]}" -gt 20 ] && echo "  ... and $(( ${#list[@]} - 20 )) more"

if [ "$compress_days" -gt 0 ]; then
  find "$real" -type f -name '*.log' -mtime +"$compress_days" -mtime -"$days" -print0 |
    { if [ "$apply" -eq 1 ]; then xargs -0 -r gzip -9; else xargs -0 -r -n1 echo "would gzip:"; fi; }
fi

if [ "$apply" -ne 1 ]; then
  echo "Dry run only. Re-run with --apply to delete."
  exit 0
fi
for f in "${list[@]}"; do rm -f -- "$f"; done
echo "Deleted ${#list[@]} files."
