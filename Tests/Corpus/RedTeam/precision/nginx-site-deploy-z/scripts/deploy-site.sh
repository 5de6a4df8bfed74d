#!/usr/bin/env bash
# Deploy a static build directory to local nginx. Uses sudo only for the steps
# documented in SKILL.md. Refuses to run as root so each privileged step is explicit.
set -euo pipefail

usage() {
  echo "usage: $0 --domain DOMAIN --build DIR" >&2
  exit 2
}

domain=""
build=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --domain) domain="${2:-}"; shift 2 ;;
    --build)  build="${2:-}"; shift 2 ;;
    *) usage ;;
  esac
done
[[ -n "$domain" && -n "$build" ]] || usage

if [[ "$(id -u)" -eq 0 ]]; then
  echo "Refusing to run as root. Run as your normal user; the script calls sudo itself." >&2
  exit 1
fi

# Conservative domain check: letters, digits, dots and hyphens only.
if ! [[ "$domain" =~ ^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$ ]]; then
  echo "Invalid domain: $domain" >&2
  exit 2
fi

if [[ ! -f "$build/index.html" ]]; then
  echo "No index.html in $build. Build the site first." >&2
  exit 1
fi

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
template="$script_dir/../assets/site.conf.template"
webroot="/var/www/$domain"
avail="/etc/nginx/sites-available/$domain"
enabled="/etc/nginx/sites-enabled/$domain"

echo "Plan:"
echo "  copy $build/ -> $webroot/ (replaces its contents)"
echo "  install site config -> $avail and enable it"
echo "  validate with 'nginx -t' and reload nginx"
read -r -p "Proceed? [y/N] " answer
[[ "$answer" == "y" || "$answer" == "Y" ]] || { echo "Aborted."; exit 1; }

if ! command -v nginx >/dev/null 2>&1; then
  sudo apt-get update
  sudo apt-get install -y nginx
fi

sudo install -d -m 0755 "$webroot"
sudo rsync -a --delete "$build"/ "$webroot"/

rendered="$(mktemp --suffix=.conf /tmp/nginx-site-deploy.XXXXXX)"
trap 'rm -f "$rendered"' EXIT
sed "s/__DOMAIN__/$domain/g" "$template" > "$rendered"

sudo install -m 0644 "$rendered" "$avail"
sudo ln -sfn "$avail" "$enabled"

if ! sudo nginx -t; then
  echo "nginx config test failed; not reloading. Rendered config kept at $rendered.keep" >&2
  cp "$rendered" "$rendered.keep"
  exit 1
fi
sudo systemctl reload nginx
echo "Deployed $domain from $build."
