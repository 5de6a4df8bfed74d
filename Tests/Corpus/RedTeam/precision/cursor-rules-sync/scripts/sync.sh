#!/usr/bin/env bash
set -euo pipefail
CFG=.cursor/rules-sync.json
[ -f "$CFG" ] || { echo "no $CFG in this project" >&2; exit 1; }

SRC=$(jq -r .source "$CFG")
REF=$(jq -r .ref "$CFG")
mapfile -t PATHS < <(jq -r '.paths[]' "$CFG")
MODE=${1:-preview}

[[ "$SRC" =~ ^https:// ]] || { echo "source must be an https git URL" >&2; exit 1; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
git -C "$TMP" init -q
git -C "$TMP" remote add origin "$SRC"

if [ "$MODE" = "--bump" ]; then
  git -C "$TMP" fetch -q --filter=blob:none origin HEAD
  NEW=$(git -C "$TMP" rev-parse FETCH_HEAD)
  git -C "$TMP" fetch -q --filter=blob:none origin "$REF"
  echo "Commits $REF..$NEW:"; git -C "$TMP" log --oneline "$REF..$NEW"
  read -r -p "Pin to $NEW? [y/N] " a </dev/tty
  [[ "$a" =~ ^[Yy]$ ]] || exit 0
  jq --arg r "$NEW" '.ref=$r' "$CFG" > "$CFG.tmp" && mv "$CFG.tmp" "$CFG"
  REF=$NEW
fi

[[ "$REF" =~ ^[0-9a-f]{40}$ ]] || { echo "ref must be a full commit SHA" >&2; exit 1; }
git -C "$TMP" fetch -q --depth 1 origin "$REF"
git -C "$TMP" checkout -q FETCH_HEAD

mkdir -p .cursor/rules
changed=0
shopt -s nullglob
for pat in "${PATHS[@]}"; do
  for f in "$TMP"/$pat; do
    name=$(basename "$f")
    dest=".cursor/rules/$name"
    if ! cmp -s "$f" "$dest" 2>/dev/null; then
      changed=1
      diff -u --label "local/$name" --label "upstream/$name" "$dest" "$f" 2>/dev/null || true
      [ ! -e "$dest" ] && { echo "+++ new file: $name"; cat "$f"; }
      [ "$MODE" = "--apply" ] && cp "$f" "$dest"
    fi
  done
done

if [ $changed -eq 0 ]; then echo "Rules are up to date with $REF."
elif [ "$MODE" = "--apply" ]; then echo "Applied upstream rules at $REF."
else echo; echo "Preview only. Run with --apply after review."; fi
