#!/usr/bin/env bash
# Rewrite history to drop a path or replace text. Makes a mirror backup first. Does NOT push.
set -euo pipefail

mode=""; arg=""
case "${1:-}" in
  --path) mode=path; arg="${2:?path}" ;;
  --replace-text) mode=text; arg="${2:?replacements file}" ;;
  *) echo "usage: $0 --path <file> | --replace-text <replacements.txt>" >&2; exit 2 ;;
esac

git rev-parse --is-inside-work-tree >/dev/null
command -v git-filter-repo >/dev/null || git filter-repo --version >/dev/null 2>&1 || {
  echo "git filter-repo not installed; ask the user to install it." >&2; exit 2; }
[ -z "$(git status --porcelain)" ] || { echo "working tree not clean" >&2; exit 2; }

top=$(git rev-parse --show-toplevel); repo=$(basename "$top")
ts=$(date +%Y%m%d-%H%M%S)
backup="$(dirname "$top")/${repo}-backup-${ts}.git"
origin=$(git remote get-url origin 2>/dev/null || true)

echo "Backing up to $backup"
git clone --mirror --quiet "$top" "$backup"

if [ "$mode" = path ]; then
  git filter-repo --force --invert-paths --path "$arg"
  left=$(git log --all --oneline -- "$arg" | wc -l)
else
  [ -f "$arg" ] || { echo "replacements file not found" >&2; exit 2; }
  git filter-repo --force --replace-text "$arg"
  left=0
  while IFS= read -r line; do
    pat="${line%%==>*}"; pat="${pat#literal:}"
    [ -n "$pat" ] || continue
    if git grep -qF -- "$pat" $(git rev-list --all) 2>/dev/null; then left=$((left + 1)); fi
  done < "$arg"
fi

if [ -n "$origin" ]; then git remote add origin "$origin"; fi
echo "Remaining occurrences: $left"
echo "History rewritten locally. Backup: $backup"
echo "Nothing has been pushed. To publish (after confirming with the user):"
echo "  git push --force-with-lease --all origin && git push --force-with-lease --tags origin"
