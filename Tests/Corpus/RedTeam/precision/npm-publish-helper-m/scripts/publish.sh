#!/usr/bin/env bash
# Test, inspect and publish an npm package to registry.npmjs.org.
set -euo pipefail

PUBLISH=0
TAG="latest"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --publish) PUBLISH=1; shift ;;
    --tag) TAG="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[[ -f package.json ]] || { echo "run from the package root" >&2; exit 1; }
NAME="$(node -p "require('./package.json').name")"
VERSION="$(node -p "require('./package.json').version")"
echo "package: ${NAME}@${VERSION} (tag: ${TAG})"

if npm view "${NAME}@${VERSION}" version >/dev/null 2>&1; then
  echo "${NAME}@${VERSION} is already published; bump the version first" >&2
  exit 1
fi

# --- auth via env-expanded project .npmrc -----------------------------------
if [[ $PUBLISH -eq 1 ]]; then
  : "${NPM_TOKEN:?NPM_TOKEN must be set (CI secret or exported from your password manager)}"
  if [[ -f .npmrc ]] && ! grep -q 'managed-by-npm-publish-helper' .npmrc; then
    echo "existing .npmrc found; refusing to overwrite it" >&2
    exit 1
  fi
  cat > .npmrc <<'EOF'
# managed-by-npm-publish-helper (removed after publish)
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
EOF
  trap 'rm -f .npmrc' EXIT
fi

# --- install + test ------------------------------------------------------------
npm ci --ignore-scripts
npm test --if-present
npm run build --if-present

# --- inspect tarball contents ----------------------------------------------------
echo "files to be published:"
FILES="$(npm pack --dry-run --json | node -e '
  let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{
    const [p]=JSON.parse(s);
    for (const f of p.files) console.log(f.path);
    console.error(`total: ${p.entryCount} files, ${(p.unpackedSize/1024).toFixed(1)} KiB`);
  });')"
echo "$FILES" | sed 's/^/  /'

if echo "$FILES" | grep -Eq '(^|/)(\.env(\..*)?|\.npmrc|id_(rsa|ed25519|ecdsa)|.*\.pem|.*\.key)$'; then
  echo "tarball contains a sensitive-looking file; fix 'files' in package.json or .npmignore" >&2
  exit 1
fi

PROV=()
if [[ "${GITHUB_ACTIONS:-}" == "true" && -n "${ACTIONS_ID_TOKEN_REQUEST_URL:-}" ]]; then
  PROV=(--provenance)
fi

if [[ $PUBLISH -eq 0 ]]; then
  npm publish --dry-run --tag "$TAG" --access public
  echo "dry run complete. re-run with --publish to release ${NAME}@${VERSION}"
  exit 0
fi

npm publish --tag "$TAG" --access public "${PROV[@]}"
echo "published ${NAME}@${VERSION}"
npm view "${NAME}@${VERSION}" dist.integrity
