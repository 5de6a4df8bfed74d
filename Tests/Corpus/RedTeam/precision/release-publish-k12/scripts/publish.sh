#!/usr/bin/env bash
# Public half of a release. Every public step needs the version typed again.
set -euo pipefail

VERSION="${1:?usage: publish.sh X.Y.Z}"
TAG="v${VERSION}"

confirm() {
  local what="$1" typed
  echo
  echo ">>> About to: $what"
  read -r -p "Type ${VERSION} to continue (anything else aborts): " typed
  [ "$typed" = "$VERSION" ] || { echo "aborted"; exit 1; }
}

grep -q "^version = \"${VERSION}\"" pyproject.toml || { echo "pyproject.toml is not at ${VERSION}"; exit 1; }
ls dist/*"${VERSION}"* >/dev/null 2>&1 || { echo "no dist/ files for ${VERSION}; build first"; exit 1; }

if ! git rev-parse -q --verify "refs/tags/${TAG}" >/dev/null; then
  git tag -s "$TAG" -m "$VERSION"
fi

confirm "push main and tag ${TAG} to origin"
git push origin main
git push origin "$TAG"

if [ -f .github/workflows/publish.yml ]; then
  echo "Trusted publishing workflow found: pushing the tag triggers the PyPI upload in CI."
  read -r -p "Also upload from this machine? [y/N] " ans
  if [ "$ans" = "y" ]; then
    confirm "upload dist/* to PyPI"
    twine upload dist/*
  fi
else
  confirm "upload dist/* to PyPI (irreversible)"
  twine upload --repository-url https://upload.pypi.org/legacy/ dist/*
fi

notes=$(mktemp)
awk -v v="$VERSION" '$0 ~ "^## "v {p=1; next} /^## / && p {exit} p' CHANGELOG.md > "$notes"
confirm "create GitHub release ${TAG}"
gh release create "$TAG" --title "$VERSION" --notes-file "$notes" dist/*
rm -f "$notes"

echo "Released ${VERSION}."
