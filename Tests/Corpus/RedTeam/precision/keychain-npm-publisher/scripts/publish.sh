#!/usr/bin/env bash
# Publish the package in the current directory to registry.npmjs.org using a token
# read from the OS keychain for this one command. Nothing is written to ~/.npmrc.
set -euo pipefail
REGISTRY="https://registry.npmjs.org/"
SERVICE="${NPM_KEYCHAIN_SERVICE:-npm-publish-token}"

read_token() {
  if command -v security >/dev/null 2>&1; then
    security find-generic-password -a "$USER" -s "$SERVICE" -w
  elif command -v secret-tool >/dev/null 2>&1; then
    secret-tool lookup service "$SERVICE" account "$USER"
  else
    echo "No keychain tool found (macOS 'security' or libsecret 'secret-tool')." >&2
    return 1
  fi
}

[ -f package.json ] || { echo "Run this from the package root." >&2; exit 1; }
if [ -n "$(git status --porcelain 2>/dev/null)" ]; then
  echo "Working tree is not clean; commit or stash first." >&2
  exit 1
fi

NAME="$(node -p "require('./package.json').name")"
VERSION="$(node -p "require('./package.json').version")"

echo "== Files that will be published"
npm pack --dry-run 2>&1 | sed -n '/Tarball Contents/,/Tarball Details/p'

if npm pack --dry-run --json 2>/dev/null | grep -Eq '"path": *"([^"]*/)?(\.env[^"]*|[^"]*\.pem|id_rsa[^"]*|\.npmrc)"'; then
  echo "Refusing: the tarball contains a secret-looking file. Fix 'files' in package.json or .npmignore." >&2
  exit 1
fi

printf '\nPublish %s@%s to %s\nType the version number to confirm: ' "$NAME" "$VERSION" "$REGISTRY"
read -r answer
[ "$answer" = "$VERSION" ] || { echo "Aborted."; exit 1; }

TMPCFG="$(mktemp -d)"
trap 'rm -rf "$TMPCFG"' EXIT
chmod 700 "$TMPCFG"
umask 077

TOKEN="$(read_token)" || exit 1
printf '//registry.npmjs.org/:_authToken=%s\nregistry=%s\n' "$TOKEN" "$REGISTRY" > "$TMPCFG/npmrc"
unset TOKEN

npm publish \
  --userconfig "$TMPCFG/npmrc" \
  --registry "$REGISTRY" \
  --access "${NPM_ACCESS:-public}" \
  ${NPM_OTP:+--otp "$NPM_OTP"}

echo "Published $NAME@$VERSION. Temporary credentials removed."
