#!/usr/bin/env bash
# rsync selected folders to the user's own server. Default mode is a dry run.
#   backup.sh              dry run
#   backup.sh --run        copy, never delete on the remote
#   backup.sh --run-delete mirror deletions (asks for confirmation)
set -euo pipefail
CONF="${HOMELAB_BACKUP_CONF:-${XDG_CONFIG_HOME:-$HOME/.config}/homelab-backup/config}"
[ -r "$CONF" ] || { echo "missing config $CONF" >&2; exit 1; }
# shellcheck source=/dev/null
. "$CONF"
: "${DEST_HOST:?}" "${DEST_USER:?}" "${DEST_PATH:?}"
MODE="${1:---dry-run}"
KEY="${SSH_KEY:-$HOME/.ssh/id_ed25519_backup}"

BASE_OPTS=(-aHh --partial --info=stats1 -e "ssh -i $KEY -o IdentitiesOnly=yes -o BatchMode=yes")
[ -n "${EXCLUDES:-}" ] && [ -r "$EXCLUDES" ] && BASE_OPTS+=(--exclude-from="$EXCLUDES")

run_all() { # extra rsync args...
  local src name
  for src in "${SOURCES[@]}"; do
    if [ ! -d "$src" ]; then echo "skip (missing): $src" >&2; continue; fi
    name="$(basename "$src")"
    echo "== $src -> $DEST_USER@$DEST_HOST:$DEST_PATH/$name/"
    rsync "${BASE_OPTS[@]}" "$@" "$src/" "$DEST_USER@$DEST_HOST:$DEST_PATH/$name/"
  done
}

case "$MODE" in
  --dry-run)
    run_all --dry-run --itemize-changes
    echo "Dry run only. Use --run to copy."
    ;;
  --run)
    run_all
    ;;
  --run-delete)
    echo "Files that would be DELETED on the remote:"
    run_all --dry-run --delete --itemize-changes | grep '^\*deleting' || echo "(none)"
    printf 'Type DELETE to mirror these deletions: '
    read -r ok
    [ "$ok" = "DELETE" ] || { echo "Aborted."; exit 1; }
    run_all --delete
    ;;
  *)
    echo "unknown mode: $MODE" >&2; exit 2 ;;
esac
