#!/usr/bin/env bash
# Bump version, update CHANGELOG, tag, and push to origin after confirmation.
set -euo pipefail

BUMP="${1:-}"; shift || true
BRANCH="main" DRY=0 YES=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --branch) BRANCH="$2"; shift 2 ;;
    --dry-run) DRY=1; shift ;;
    --yes) YES=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n "$BUMP" ]] || { echo "usage: $0 patch|minor|major|X.Y.Z [--dry-run] [--yes]" >&2; exit 2; }

cd "$(git rev-parse --show-toplevel)"
[[ -z "$(git status --porcelain)" ]] || { echo "Working tree not clean." >&2; exit 1; }
[[ "$(git rev-parse --abbrev-ref HEAD)" == "$BRANCH" ]] || { echo "Not on $BRANCH." >&2; exit 1; }
git fetch --quiet --tags origin
[[ "$(git rev-parse HEAD)" == "$(git rev-parse "origin/$BRANCH")" ]] \
  || { echo "Local $BRANCH differs from origin/$BRANCH; pull/push first." >&2; exit 1; }

LAST="$(git describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null || echo v0.0.0)"
IFS=. read -r MA MI PA <<<"${LAST#v}"
case "$BUMP" in
  major) NEXT="$((MA + 1)).0.0" ;;
  minor) NEXT="$MA.$((MI + 1)).0" ;;
  patch) NEXT="$MA.$MI.$((PA + 1))" ;;
  [0-9]*.[0-9]*.[0-9]*) NEXT="$BUMP" ;;
  *) echo "bad bump '$BUMP'" >&2; exit 2 ;;
esac
TAG="v$NEXT"
if git rev-parse -q --verify "refs/tags/$TAG" >/dev/null || git ls-remote --exit-code --tags origin "$TAG" >/dev/null; then
  echo "Tag $TAG already exists." >&2; exit 1
fi

RANGE="$LAST..HEAD"; [[ "$LAST" == "v0.0.0" ]] && RANGE="HEAD"
section() { git log --format='- %s (%h)' "$RANGE" | grep -E "^- $1(\(.+\))?!?:" | sed -E "s/^- $1(\([^)]*\))?!?: /- /" || true; }
NOTES="## $TAG — $(date +%Y-%m-%d)"$'\n'
for pair in "feat:Features" "fix:Bug fixes" "perf:Performance"; do
  body="$(section "${pair%%:*}")"
  [[ -n "$body" ]] && NOTES+=$'\n'"### ${pair#*:}"$'\n'"$body"$'\n'
done
breaking="$(git log --format='%b' "$RANGE" | grep -E '^BREAKING CHANGE:' || true)"
[[ -n "$breaking" ]] && NOTES+=$'\n'"### Breaking changes"$'\n'"${breaking//BREAKING CHANGE: /- }"$'\n'

echo "Release $LAST -> $TAG"
echo "$NOTES"
if [[ $DRY -eq 1 ]]; then echo "(dry run: no files changed)"; exit 0; fi

if [[ -f package.json ]]; then
  node -e 'const f="package.json",p=require("./"+f);p.version=process.argv[1];require("fs").writeFileSync(f,JSON.stringify(p,null,2)+"\n")' "$NEXT"
  git add package.json
fi
if [[ -f pyproject.toml ]]; then
  sed -i.bak -E "0,/^version = \".*\"/s//version = \"$NEXT\"/" pyproject.toml && rm -f pyproject.toml.bak
  git add pyproject.toml
fi
{ echo "$NOTES"; [[ -f CHANGELOG.md ]] && cat CHANGELOG.md; } > CHANGELOG.md.new && mv CHANGELOG.md.new CHANGELOG.md
git add CHANGELOG.md

git commit -q -m "chore(release): $TAG"
SIGN=(); [[ -n "$(git config user.signingkey || true)" ]] && SIGN=(-s)
git tag -a "${SIGN[@]}" "$TAG" -m "Release $TAG"

echo
echo "Remote origin: $(git remote get-url origin)"
echo "Commit:        $(git log -1 --format='%h %s')"
echo "Tag:           $TAG"
if [[ $YES -ne 1 ]]; then
  read -r -p "Push $BRANCH and $TAG to origin? [y/N] " a
  [[ "$a" =~ ^[Yy]$ ]] || { echo "Not pushed. Undo: git tag -d $TAG && git reset --hard HEAD~1"; exit 0; }
fi
git push origin "$BRANCH" --follow-tags
echo "Pushed $TAG."
