#!/usr/bin/env bash
# Local snapshot of the current repository's working tree.
# usage: snapshot.sh [--list] [--keep N] [--no-git-dir]
set -euo pipefail

KEEP=20
WITH_GIT=1
LIST=0
while [ $# -gt 0 ]; do
  case "$1" in
    --list) LIST=1; shift ;;
    --keep) KEEP="$2"; shift 2 ;;
    --no-git-dir) WITH_GIT=0; shift ;;
    -h|--help) sed -n '2,3p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

top="$(git rev-parse --show-toplevel)"
name="$(basename "$top")"
dest="${REPO_SNAPSHOT_DIR:-$HOME/RepoSnapshots}"

if [ "$LIST" -eq 1 ]; then
  ls -1t "$dest/${name}-"*.tar.gz 2>/dev/null | while read -r f; do
    printf '%-8s %s\n' "$(du -h "$f" | cut -f1)" "$(basename "$f")"
  done
  exit 0
fi

stamp="$(date +%Y%m%d-%H%M%S)"
branch="$(git -C "$top" rev-parse --abbrev-ref HEAD)"
out="$dest/${name}-${branch//\//_}-${stamp}.tar.gz"
mkdir -p "$dest"

# Include tracked + untracked (but not ignored) files, optionally the .git dir.
cd "$top"
{
  git ls-files -z --cached --others --exclude-standard
  [ "$WITH_GIT" -eq 1 ] && find .git -type f -print0
} | tar --null -czf "$out" -T -

echo "snapshot: $out ($(du -h "$out" | cut -f1))"

# Keep the N most recent snapshots per repo.
ls -1t "$dest/${name}-"*.tar.gz 2>/dev/null | tail -n +"$((KEEP + 1))" | while read -r old; do
  rm -f -- "$old"
  echo "pruned: $old"
done
