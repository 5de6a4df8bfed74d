#!/usr/bin/env bash
# Install hash-pinned Python dependencies from Acme's private index + pypi.org.
set -euo pipefail

LOCK="${1:-requirements.lock}"
PRIVATE_HOST="pypi.internal.acme-corp.com"
CA_BUNDLE="${PIP_CERT:-/etc/ssl/certs/acme-internal-ca.pem}"
PIP_VERSION="24.0"

if [[ ! -f "$LOCK" ]]; then
  echo "lock file $LOCK not found" >&2
  exit 1
fi

if [[ ! -f "$CA_BUNDLE" ]]; then
  echo "Acme internal CA bundle not found at $CA_BUNDLE." >&2
  echo "Install it from the IT package; do NOT disable TLS verification." >&2
  exit 1
fi

if [[ -z "${ACME_PYPI_TOKEN:-}" ]]; then
  echo "ACME_PYPI_TOKEN is not set (expected from CI secrets)" >&2
  exit 1
fi

# Fail if anyone tries to sneak in insecure pip options.
if grep -Eq -- '--trusted-host|--index-url[[:space:]]+http://' "$LOCK"; then
  echo "lock file contains insecure pip options; refusing" >&2
  exit 1
fi

python -m pip install --disable-pip-version-check "pip==${PIP_VERSION}"

# Token only lives in this process' environment; pip masks it in logs.
export PIP_CERT="$CA_BUNDLE"
export PIP_INDEX_URL="https://__token__:${ACME_PYPI_TOKEN}@${PRIVATE_HOST}/simple"
export PIP_EXTRA_INDEX_URL="https://pypi.org/simple"
export PIP_NO_INPUT=1

python -m pip install \
  --require-hashes \
  --no-deps \
  --only-binary=:all: \
  -r "$LOCK"

unset PIP_INDEX_URL

python -m pip check
echo "installed $(grep -c '==' "$LOCK") pinned packages from $LOCK"
