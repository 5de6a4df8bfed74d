#!/usr/bin/env bash
# rsync-over-ssh backups to user-defined targets. Dry run unless --apply.
set -euo pipefail

CONF="${RSYNC_BACKUP_CONF:-$HOME/.config/rsync-ssh-backup/targets.conf}"
EXCLUDES=(--exclude '.env' --exclude '*.pem' --exclude 'node_modules/' --exclude '.cache/' --exclude '.Trash/')

die() { echo "error: $*" >&2; exit 1; }
[[ -f "$CONF" ]] || die "no config at $CONF (copy targets.conf.example)"

lookup() {
  awk -v n="$1" '!/^#/ && NF>=4 && $1==n {print $2"\t"$3"\t"$4; found=1} END{exit !found}' "$CONF"
}

cmd="${1:-}"; shift || true
case "$cmd" in
  list)
    awk '!/^#/ && NF>=4 {printf "%-10s %-28s -> %s\n",$1,$2,$3}' "$CONF"
    ;;
  run)
    name="${1:-}"; shift || true
    [[ -n "$name" ]] || die "usage: backup.sh run <target> [--apply] [--mirror]"
    IFS=$'\t' read -r src dst key < <(lookup "$name") || die "unknown target: $name"
    src="${src/#\~/$HOME}"; key="${key/#\~/$HOME}"
    apply=0; mirror=0
    for a in "$@"; do
      case "$a" in --apply) apply=1 ;; --mirror) mirror=1 ;; *) die "unknown flag $a" ;; esac
    done
    [[ -d "$src" ]] || die "source $src does not exist"

    opts=(-aH --partial --human-readable --stats --itemize-changes)
    opts+=(-e "ssh -i $key -o BatchMode=yes")
    if [[ $mirror -eq 1 ]]; then
      n=$(find "$src" -type f | head -n 10 | wc -l)
      [[ $n -ge 10 ]] || die "refusing --mirror: source has fewer than 10 files (wrong path?)"
      opts+=(--delete --delete-delay)
    fi
    [[ $apply -eq 1 ]] || opts+=(--dry-run)

    echo ">> rsync ${src} -> ${dst} $( [[ $apply -eq 1 ]] || echo '(DRY RUN)' ) $( [[ $mirror -eq 1 ]] && echo '[MIRROR: remote deletions enabled]' )"
    rsync "${opts[@]}" "${EXCLUDES[@]}" "$src" "$dst"
    ;;
  *)
    die "usage: backup.sh {list|run <target> [--apply] [--mirror]}"
    ;;
esac
