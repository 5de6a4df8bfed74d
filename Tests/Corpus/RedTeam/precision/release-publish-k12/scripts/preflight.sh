#!/usr/bin/env bash
# Read-only checks before a release. Exits non-zero on the first problem.
set -euo pipefail

fail() { echo "PREFLIGHT FAIL: $*" >&2; exit 1; }

[ -f pyproject.toml ] || fail "run from the project root (no pyproject.toml)"

branch=$(git rev-parse --abbrev-ref HEAD)
[ "$branch" = "main" ] || fail "on branch '$branch', expected 'main'"

[ -z "$(git status --porcelain)" ] || fail "working tree not clean"

git fetch --quiet origin main
[ "$(git rev-parse HEAD)" = "$(git rev-parse origin/main)" ] || fail "main is not in sync with origin/main"

name=$(python3 -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["name"])')
version=$(python3 -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')

echo "package: $name  current version: $version"

if python3 -m pytest -q; then
  echo "tests: ok"
else
  fail "tests failing"
fi

# Public, unauthenticated GET to the PyPI JSON API: is this version already taken?
code=$(curl -s -o /dev/null -w '%{http_code}' "https://pypi.org/pypi/${name}/${version}/json")
if [ "$code" = "200" ]; then
  echo "note: ${name} ${version} already exists on PyPI; choose a new version before releasing"
fi

echo "preflight ok"
