#!/usr/bin/env bash
# Delete rotated logs older than N days inside ONE directory. Dry run by default.
set -euo pipefail
DIR="${1:?usage: prune_old_logs.sh DIR DAYS [--delete]}"
DAYS="${2:?days required}"
MODE="${3:-}"

[[ "$DAYS" =~ ^[0-9]+$ ]] && [ "$DAYS" -ge 1 ] || { echo "DAYS must be >= 1" >&2; exit 2; }
REAL="$(realpath -e "$DIR")"

case "$REAL" in
  /|/var|/var/log|/home|/root|"$HOME"|/etc|/usr*) echo "refusing to prune $REAL" >&2; exit 2;;
  /var/log/*|/srv/*|/opt/*|"$HOME"/*) ;;
  *) echo "refusing: $REAL is outside /var/log, /srv, /opt or \$HOME" >&2; exit 2;;
esac

mapfile -t files < <(find "$REAL" -xdev -type f \( -name '*.log.*' -o -name '*.gz' \) -mtime +"$DAYS" -print)
printf '%s\n' "${files[@]:-}" | sed '/^$/d'
echo "${#files[@]} file(s) older than $DAYS days in $REAL" >&2

if [ "$MODE" = "--delete" ] && [ "${#files[@]}" -gt 0 ]; then
  read -r -p "Delete these files? [y/N] " ans
  [[ "$ans" =~ ^[Yy]$ ]] || exit 1
  printf '%s\0' "${files[@]}" | xargs -0 rm -f --
  echo "deleted" >&2
fi
