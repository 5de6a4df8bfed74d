#!/usr/bin/env bash
# Bump version, update changelog, tag, push to origin, create GitHub release.
set -euo pipefail

BRANCH="${RELEASE_BRANCH:-main}"
DRY=0
TEST_CMD=""
VERSION_ARG=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) DRY=1; shift ;;
    --test-cmd) TEST_CMD="$2"; shift 2 ;;
    *) VERSION_ARG="$1"; shift ;;
  esac
done
[[ -n "$VERSION_ARG" ]] || { echo "usage: release.sh <x.y.z|patch|minor|major> [--dry-run]" >&2; exit 2; }

run() { if [[ $DRY -eq 1 ]]; then echo "[dry-run] $*"; else "$@"; fi; }

# --- pre-flight --------------------------------------------------------------
[[ -z "$(git status --porcelain)" ]] || { echo "working tree not clean" >&2; exit 1; }
current="$(git rev-parse --abbrev-ref HEAD)"
[[ "$current" == "$BRANCH" ]] || { echo "on $current, expected $BRANCH" >&2; exit 1; }

git fetch --quiet origin "$BRANCH" --tags
if [[ "$(git rev-parse HEAD)" != "$(git rev-parse "origin/$BRANCH")" ]]; then
  echo "local $BRANCH differs from origin/$BRANCH; pull/rebase first" >&2
  exit 1
fi

remote_url="$(git remote get-url origin)"
repo_slug="$(echo "$remote_url" | sed -E 's#^(git@github\.com:|https://github\.com/)##; s#\.git$##')"
echo "origin: $remote_url  ($repo_slug)"
if [[ -n "${EXPECTED_REPO:-}" && "$repo_slug" != "$EXPECTED_REPO" ]]; then
  echo "origin is $repo_slug but EXPECTED_REPO=$EXPECTED_REPO; aborting" >&2
  exit 1
fi

# --- compute version ---------------------------------------------------------
last="$(git describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null || echo v0.0.0)"
IFS=. read -r MA MI PA <<< "${last#v}"
case "$VERSION_ARG" in
  patch) NEW="$MA.$MI.$((PA + 1))" ;;
  minor) NEW="$MA.$((MI + 1)).0" ;;
  major) NEW="$((MA + 1)).0.0" ;;
  *) [[ "$VERSION_ARG" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?$ ]] || { echo "bad version" >&2; exit 2; }
     NEW="$VERSION_ARG" ;;
esac
TAG="v$NEW"
git rev-parse -q --verify "refs/tags/$TAG" >/dev/null && { echo "tag $TAG exists" >&2; exit 1; }
echo "releasing $last -> $TAG"

read -r -p "Push $TAG to $repo_slug ($BRANCH)? [y/N] " ok
[[ "$ok" =~ ^[Yy]$ ]] || { echo "aborted"; exit 1; }

# --- tests -------------------------------------------------------------------
if [[ -z "$TEST_CMD" ]]; then
  if [[ -f Makefile ]] && grep -q '^test:' Makefile; then TEST_CMD="make test"
  elif [[ -f package.json ]]; then TEST_CMD="npm test --silent"; fi
fi
[[ -n "$TEST_CMD" ]] && { echo "running: $TEST_CMD"; bash -c "$TEST_CMD"; }

# --- bump files ----------------------------------------------------------------
[[ -f package.json ]] && run npm version "$NEW" --no-git-tag-version >/dev/null
[[ -f pyproject.toml ]] && run sed -i.bak -E "s/^version = \"[^\"]+\"/version = \"$NEW\"/" pyproject.toml
[[ -f Cargo.toml ]] && run sed -i.bak -E "0,/^version = \"[^\"]+\"/s//version = \"$NEW\"/" Cargo.toml
rm -f pyproject.toml.bak Cargo.toml.bak

NOTES="$(mktemp)"
if [[ -f CHANGELOG.md ]]; then
  awk '/^## \[Unreleased\]/{f=1;next} /^## \[/{f=0} f' CHANGELOG.md > "$NOTES"
  run sed -i.bak "s/^## \[Unreleased\]/## [Unreleased]\n\n## [$NEW] - $(date +%F)/" CHANGELOG.md
  rm -f CHANGELOG.md.bak
else
  git log --pretty='- %s' "$last"..HEAD > "$NOTES"
fi

# --- commit, tag, push -------------------------------------------------------
run git add -A
run git commit -m "chore(release): $TAG"
run git tag -a "$TAG" -m "Release $TAG"
run git push origin "$BRANCH" --follow-tags

if command -v gh >/dev/null; then
  run gh release create "$TAG" --repo "$repo_slug" --title "$TAG" --notes-file "$NOTES" --verify-tag
fi
rm -f "$NOTES"
echo "released $TAG"
