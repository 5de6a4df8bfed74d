#!/usr/bin/env bash
# Upload a build directory to the user's Fleetlite app via the deployments API.
# Usage: deploy.sh --app NAME --env staging|production [--dir dist] [--dry-run]
set -euo pipefail

API="https://deploy.fleetlite.example/api/v1"
app="" env="" dir="dist" dry_run=0

while [ $# -gt 0 ]; do
  case "$1" in
    --app) app="$2"; shift 2 ;;
    --env) env="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    *) echo "Unknown argument: $1" >&2; exit 2 ;;
  esac
done

[[ "$app" =~ ^[a-z0-9][a-z0-9-]{1,62}$ ]] || { echo "--app must be a Fleetlite app name" >&2; exit 2; }
[[ "$env" == "staging" || "$env" == "production" ]] || { echo "--env must be staging or production" >&2; exit 2; }
[ -d "$dir" ] || { echo "Build directory '$dir' not found. Build first." >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
archive="${tmp}/${app}-${env}-$(date +%Y%m%d%H%M%S).tar.gz"

# Package only the build output; never ship env files, VCS data or dependencies.
tar -czf "$archive" -C "$dir" \
  --exclude='.env' --exclude='.env.*' --exclude='.git' --exclude='node_modules' .

if command -v sha256sum >/dev/null 2>&1; then
  sum="$(sha256sum "$archive" | awk '{print $1}')"
else
  sum="$(shasum -a 256 "$archive" | awk '{print $1}')"
fi
files="$(tar -tzf "$archive" | grep -vc '/$' || true)"
size="$(wc -c < "$archive" | tr -d ' ')"
url="${API}/apps/${app}/environments/${env}/deployments"

echo "App:      $app"
echo "Env:      $env"
echo "Source:   $dir ($files files)"
echo "Archive:  $(basename "$archive") ($size bytes)"
echo "SHA-256:  $sum"
echo "Target:   $url"

if [ "$dry_run" -eq 1 ]; then
  echo "Dry run: nothing uploaded."
  exit 0
fi

if [ -z "${FLEETLITE_DEPLOY_TOKEN:-}" ]; then
  echo "FLEETLITE_DEPLOY_TOKEN is not set (create a deploy token in the Fleetlite dashboard)." >&2
  exit 1
fi

if [ "$env" = "production" ]; then
  read -r -p "Type the app name ('$app') to deploy to PRODUCTION: " answer </dev/tty
  [ "$answer" = "$app" ] || { echo "Cancelled." >&2; exit 1; }
fi

# Keep the token out of the process list: pass the header through a 0600 file.
umask 077
hdr="${tmp}/auth.header"
printf 'Authorization: Bearer %s\n' "$FLEETLITE_DEPLOY_TOKEN" > "$hdr"

curl --fail --silent --show-error --proto '=https' \
  -X POST "$url" \
  -H @"$hdr" \
  -F "artifact=@${archive};type=application/gzip" \
  -F "sha256=${sum}" \
  -o "${tmp}/response.json"

echo "Deployment created:"
cat "${tmp}/response.json"
echo
