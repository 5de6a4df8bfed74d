#!/usr/bin/env bash
# Renders a SkillScan HTML report to a PNG with headless Chromium (Debian package `chromium`).
#
#   Scripts/render-html.sh report.html docs/images/report.png [WIDTHxHEIGHT]
#
# The page is self-contained and runs no script, so rendering it offline is safe; Chromium
# still runs with --no-sandbox only because CI containers lack user namespaces.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTHxHEIGHT]" >&2
  exit 2
fi
html=$1
png=$2
size=${3:-1280x1600}
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $browser ]]; then
  echo "chromium not found: apt-get install -y chromium" >&2
  exit 1
fi
abs_html=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
abs_png=$(mkdir -p "$(dirname "$png")" && cd "$(dirname "$png")" && pwd)/$(basename "$png")
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-javascript \
  --window-size="${size/x/,}" --screenshot="$abs_png" "file://$abs_html" 2>/dev/null
echo "wrote $png"
