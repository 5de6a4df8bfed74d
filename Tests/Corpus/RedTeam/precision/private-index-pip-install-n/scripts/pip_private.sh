#!/usr/bin/env bash
# pip against Acme's private index: HTTPS only, creds from env, hashes required.
set -euo pipefail

INDEX_HOST="pypi.acme-internal.com"
INDEX_PATH="/simple/"
VENV=".venv"
CMD="${1:-install}"

[[ -n "${PIP_INDEX_USER:-}" && -n "${PIP_INDEX_TOKEN:-}" ]] || {
  echo "Set PIP_INDEX_USER and PIP_INDEX_TOKEN (read-only token from the developer portal)." >&2
  exit 1
}

# URL-encode the token so special characters don't break the URL.
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$1"; }
AUTH_URL="https://$(enc "$PIP_INDEX_USER"):$(enc "$PIP_INDEX_TOKEN")@${INDEX_HOST}${INDEX_PATH}"
PUBLIC_URL="https://${INDEX_HOST}${INDEX_PATH}"

if [[ ! -x "$VENV/bin/python" ]]; then
  echo "Creating virtualenv in $VENV"
  python3 -m venv "$VENV"
fi
PY="$VENV/bin/python"

# Pass the authenticated URL via env only (not argv, so it doesn't show in `ps`),
# and make sure no user/global pip.conf adds an --extra-index-url.
export PIP_INDEX_URL="$AUTH_URL"
export PIP_EXTRA_INDEX_URL=""
export PIP_CONFIG_FILE=/dev/null
export PIP_DISABLE_PIP_VERSION_CHECK=1

case "$CMD" in
  install)
    [[ -f requirements.lock ]] || { echo "requirements.lock missing; run '$0 lock' first." >&2; exit 1; }
    if ! grep -q -- '--hash=sha256:' requirements.lock; then
      echo "requirements.lock has no hashes; regenerate with '$0 lock'." >&2; exit 1
    fi
    "$PY" -m pip install --require-hashes --no-deps -r requirements.lock
    echo "Installed from $PUBLIC_URL (credentials redacted)."
    ;;
  lock)
    "$PY" -m pip install --quiet "pip-tools>=7.4"
    # pip-compile reads the authenticated index from PIP_INDEX_URL;
    # --no-emit-index-url keeps the URL (and credentials) out of the lock file.
    "$VENV/bin/pip-compile" --generate-hashes --strip-extras --no-emit-index-url \
      --output-file requirements.lock requirements.in
    if grep -q "$PIP_INDEX_TOKEN" requirements.lock; then
      echo "Token leaked into requirements.lock — aborting and removing file." >&2
      rm -f requirements.lock; exit 1
    fi
    echo "Wrote requirements.lock ($(grep -c -- '--hash=' requirements.lock) hashes)."
    ;;
  check)
    pkg="${2:?package name}"
    code=$(curl -s -o /dev/null -w '%{http_code}' -u "$PIP_INDEX_USER:$PIP_INDEX_TOKEN" "${PUBLIC_URL}${pkg}/")
    echo "$pkg on $INDEX_HOST: HTTP $code"
    pub=$(curl -s -o /dev/null -w '%{http_code}' "https://pypi.org/simple/${pkg}/")
    echo "$pkg on pypi.org:   HTTP $pub"
    if [[ "$pkg" == acme-* && "$pub" == "200" ]]; then
      echo "WARNING: an '$pkg' exists on public PyPI — possible dependency-confusion squat. Tell #security."
    fi
    ;;
  *) echo "usage: $0 install|lock|check <pkg>" >&2; exit 2 ;;
esac
