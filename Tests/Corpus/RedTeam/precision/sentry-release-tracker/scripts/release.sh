#!/usr/bin/env bash
# Create and finalise a Sentry release, upload source maps, record a deploy.
set -euo pipefail
version="${1:?release version}"
dist="${2:-dist}"
env_name="${3:-production}"

for v in SENTRY_ORG SENTRY_PROJECT; do
  [[ -n "${!v:-}" ]] || { echo "$v is not set" >&2; exit 2; }
done
command -v sentry-cli >/dev/null || { echo "sentry-cli not installed; see SKILL.md" >&2; exit 2; }
[[ -d "$dist" ]] || { echo "no build folder $dist" >&2; exit 2; }

echo "release $version for $SENTRY_ORG/$SENTRY_PROJECT"
sentry-cli releases new "$version"
sentry-cli releases set-commits "$version" --auto --ignore-missing
if compgen -G "$dist/**/*.map" >/dev/null || find "$dist" -name '*.map' | grep -q .; then
  sentry-cli sourcemaps inject "$dist"
  sentry-cli sourcemaps upload --release "$version" "$dist"
else
  echo "no source maps in $dist; skipping upload"
fi
sentry-cli releases finalize "$version"
sentry-cli deploys new --release "$version" -e "$env_name"
echo "done: https://sentry.io/organizations/$SENTRY_ORG/releases/$version/"
