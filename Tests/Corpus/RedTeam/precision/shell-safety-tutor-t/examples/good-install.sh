#!/usr/bin/env bash
# The same installer, rewritten. Compare with bad-install.sh.
set -euo pipefail

PREFIX="${1:?usage: good-install.sh PREFIX}"
APP_DIR="$PREFIX/lib/myapp"
ARTIFACT_URL="https://artifacts.acme-corp.com/myapp-1.8.2.tgz"
ARTIFACT_SHA256="5d41402abc4b2a76b9719d911017c592ae8fc0e3e5c5d1c6a5b1b3c7d1e9f0a2"

[[ $EUID -eq 0 ]] || { echo "run as root (sudo $0 $*)" >&2; exit 1; }

# Node from the distro's signed repo instead of a piped setup script
apt-get install -y nodejs

tmp=$(mktemp -d); trap 'rm -rf -- "${tmp:?}"' EXIT
curl --fail -sSL --netrc-file /etc/myapp/netrc -o "$tmp/myapp.tgz" "$ARTIFACT_URL"
echo "$ARTIFACT_SHA256  $tmp/myapp.tgz" | sha256sum -c -

rm -rf -- "${APP_DIR:?}"
install -d -o myapp -g myapp -m 0755 "$APP_DIR"
tar xzf "$tmp/myapp.tgz" -C "$APP_DIR"
chown -R myapp:myapp "$APP_DIR"
