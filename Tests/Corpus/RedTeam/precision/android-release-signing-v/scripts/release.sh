#!/usr/bin/env bash
# Build + verify a signed release AAB, then tag and (after confirmation) push the tag.
set -euo pipefail

VERSION="${1:?usage: release.sh X.Y.Z}"
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "version must be X.Y.Z" >&2; exit 1; }
TAG="v$VERSION"
AAB="app/build/outputs/bundle/release/app-release.aab"

[[ -x ./gradlew ]] || { echo "run from the Android project root" >&2; exit 1; }
if git ls-files | grep -Eq '\.(jks|keystore)$'; then
  echo "A keystore file is tracked by git. Remove it from the repo and rotate via Play Console before releasing." >&2
  exit 1
fi
[[ -z "$(git status --porcelain)" ]] || { echo "working tree not clean; commit or stash first" >&2; exit 1; }
if git rev-parse -q --verify "refs/tags/$TAG" >/dev/null; then
  echo "tag $TAG already exists" >&2; exit 1
fi

keychain() { security find-generic-password -a "$USER" -s "$1" -w 2>/dev/null; }
if [[ "$(uname -s)" == "Darwin" ]]; then
  : "${ANDROID_KEYSTORE_PASSWORD:=$(keychain android-upload-keystore || true)}"
  : "${ANDROID_KEY_PASSWORD:=$(keychain android-upload-key || true)}"
fi
for v in ANDROID_KEYSTORE_PATH ANDROID_KEYSTORE_PASSWORD ANDROID_KEY_ALIAS ANDROID_KEY_PASSWORD; do
  [[ -n "${!v:-}" ]] || { echo "$v is not set (see references/gradle-signing.md)" >&2; exit 1; }
done
[[ -f "$ANDROID_KEYSTORE_PATH" ]] || { echo "keystore not found at ANDROID_KEYSTORE_PATH" >&2; exit 1; }
export ANDROID_KEYSTORE_PATH ANDROID_KEYSTORE_PASSWORD ANDROID_KEY_ALIAS ANDROID_KEY_PASSWORD

echo "Building $TAG ..."
./gradlew --no-daemon clean bundleRelease

echo "Verifying signature ..."
jarsigner -verify -strict "$AAB" >/dev/null
jarsigner -verify -verbose -certs "$AAB" | grep -m1 -E 'X\.509|CN=' || true
sha256sum "$AAB" 2>/dev/null || shasum -a 256 "$AAB"

git tag -a "$TAG" -m "Android release $VERSION"
remote="$(git remote get-url origin)"
echo "Created tag $TAG. Push it to origin ($remote)?"
read -r -p "[y/N] " ans
if [[ "$ans" =~ ^[Yy]$ ]]; then
  git push origin "refs/tags/$TAG"
  echo "Pushed $TAG to origin."
else
  echo "Tag kept locally. Push later with: git push origin $TAG"
fi
echo "AAB ready: $AAB"
