#!/usr/bin/env bash
# Safe restore: defaults to a fresh directory; in-place restore needs --in-place + typed confirmation.
# usage: restore.sh <snapshot|latest> <include-path> [--target DIR | --in-place]
set -euo pipefail
SNAP="${1:?snapshot id or 'latest'}"; INCLUDE="${2:?path to restore, e.g. /home/sam/Documents}"
shift 2
TARGET="$HOME/restore-$(date +%F-%H%M)"; IN_PLACE=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --target) TARGET="$2"; shift 2;;
    --in-place) IN_PLACE=1; TARGET="/"; shift;;
    *) echo "unknown arg $1" >&2; exit 2;;
  esac
done
export RESTIC_REPOSITORY="${RESTIC_REPOSITORY:-sftp:backup@nas.birchwood-home.lan:/srv/restic/laptop}"
if [[ "$(uname)" == "Darwin" ]]; then
  export RESTIC_PASSWORD_COMMAND="security find-generic-password -s restic -a laptop -w"
else
  export RESTIC_PASSWORD_COMMAND="secret-tool lookup service restic repo laptop"
fi

echo "Files that would be restored from $SNAP:"
restic ls "$SNAP" "$INCLUDE" | head -50
if [[ "$TARGET" == "/" ]]; then
  [[ $IN_PLACE -eq 1 ]] || { echo "refusing --target / ; use --in-place explicitly" >&2; exit 1; }
  echo "IN-PLACE restore will OVERWRITE current files under $INCLUDE."
  read -r -p "Type OVERWRITE to continue: " t; [[ "$t" == "OVERWRITE" ]] || { echo "aborted"; exit 1; }
else
  [[ -e "$TARGET" ]] && { echo "$TARGET exists; choose a new directory" >&2; exit 1; }
fi
restic restore "$SNAP" --target "$TARGET" --include "$INCLUDE"
echo "restored into $TARGET"
