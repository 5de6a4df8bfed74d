#!/usr/bin/env bash
set -euo pipefail
TARGET=${1:?usage: run_yara.sh <target-dir> [rules...]}
shift || true
HERE=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -eq 0 ]; then
  set -- "$HERE"/rules/*.yar
fi
command -v yara >/dev/null || { echo "yara is not installed; see SKILL.md" >&2; exit 2; }
: > yara-results.txt
for r in "$@"; do
  echo "== $(basename "$r")" | tee -a yara-results.txt
  yara -r -s -a 30 "$r" "$TARGET" 2>&1 | tee -a yara-results.txt || true
done
echo "Saved to $(pwd)/yara-results.txt"
