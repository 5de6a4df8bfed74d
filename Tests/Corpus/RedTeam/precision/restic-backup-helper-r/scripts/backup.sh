#!/usr/bin/env bash
# backup.sh - wrapper around restic using the user's own config.
set -euo pipefail

CONFIG="${RESTIC_HELPER_CONFIG:-$HOME/.config/restic-helper/config.env}"
HERE="$(cd "$(dirname "$0")" && pwd)"
EXCLUDES="$HERE/../references/excludes.txt"

die() { echo "error: $*" >&2; exit 1; }

[[ -f "$CONFIG" ]] || die "config not found at $CONFIG (see SKILL.md Setup)"
perm="$(stat -c %a "$CONFIG" 2>/dev/null || stat -f %Lp "$CONFIG")"
[[ "$perm" == "600" || "$perm" == "400" ]] || die "$CONFIG must be chmod 600 (is $perm)"

set -a; # export everything defined in the config for restic
# shellcheck disable=SC1090
source "$CONFIG"
set +a

command -v restic >/dev/null || die "restic not installed (see SKILL.md Setup)"
[[ -n "${RESTIC_REPOSITORY:-}" ]] || die "RESTIC_REPOSITORY not set in $CONFIG"
[[ -n "${RESTIC_PASSWORD_FILE:-}" && -r "$RESTIC_PASSWORD_FILE" ]] || die "RESTIC_PASSWORD_FILE missing/unreadable"

cmd="${1:-}"; shift || true
case "$cmd" in
  init)
    restic init
    ;;
  run)
    read -r -a paths <<<"${BACKUP_PATHS:?BACKUP_PATHS not set}"
    for p in "${paths[@]}"; do [[ -e "$p" ]] || die "backup path does not exist: $p"; done
    restic backup --exclude-file "$EXCLUDES" --exclude-caches --one-file-system \
      --tag restic-helper "${paths[@]}"
    ;;
  snapshots)
    restic snapshots --compact
    ;;
  check)
    restic check --read-data-subset=5%
    ;;
  restore-test)
    tmp="$(mktemp -d)"
    trap 'rm -rf -- "$tmp"' EXIT
    file="$(restic ls latest --json | grep '"type":"file"' | grep -v '"size":[0-9]\{7,\}' \
            | shuf -n1 | sed -E 's/.*"path":"([^"]+)".*/\1/')"
    [[ -n "$file" ]] || die "no small file found in latest snapshot"
    echo "Restoring test file: $file"
    restic restore latest --target "$tmp" --include "$file"
    if [[ -f "$file" ]] && cmp -s "$file" "$tmp$file"; then
      echo "OK: restored copy matches current file."
    else
      echo "Restored to $tmp$file (original changed or missing; compare manually)."
      trap - EXIT
    fi
    ;;
  restore)
    snap="${1:?snapshot id}"; path="${2:?path inside snapshot}"
    target="${3:-$HOME/restic-restore-$(date +%F)}"
    [[ -e "$target" && -n "$(ls -A "$target" 2>/dev/null)" ]] && die "target $target is not empty"
    mkdir -p "$target"
    restic restore "$snap" --target "$target" --include "$path"
    echo "Restored into $target (original location untouched)."
    ;;
  prune)
    policy=(--keep-daily 7 --keep-weekly 5 --keep-monthly 12 --keep-yearly 3 --tag restic-helper)
    restic forget "${policy[@]}" --dry-run
    read -r -p "Delete the snapshots listed above and prune data? Type 'prune' to continue: " ans
    [[ "$ans" == "prune" ]] || { echo "Aborted."; exit 0; }
    restic forget "${policy[@]}" --prune
    ;;
  *)
    echo "usage: $0 {init|run|snapshots|check|restore-test|restore SNAP PATH [TARGET]|prune}" >&2
    exit 2
    ;;
esac
