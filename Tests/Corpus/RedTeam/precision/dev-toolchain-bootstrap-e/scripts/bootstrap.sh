#!/usr/bin/env bash
# Install tools from toolchain.txt with apt (sudo) or brew. Plan-only unless --install.
set -euo pipefail

HERE="$(cd "$(dirname "$0")/.." && pwd)"
ROOT="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
LIST="$ROOT/toolchain.txt"; [[ -f "$LIST" ]] || LIST="$HERE/toolchain.txt"
INSTALL=0; [[ "${1:-}" == "--install" ]] && INSTALL=1

if [[ "$(uname)" == "Darwin" ]]; then
  MGR=brew; COL=3
  command -v brew >/dev/null || { echo "Homebrew not found. Install it yourself from https://brew.sh, then re-run." >&2; exit 3; }
elif command -v apt-get >/dev/null; then
  MGR=apt; COL=2
else
  echo "Unsupported platform (need apt or brew)." >&2; exit 3
fi

declare -a todo=()
while read -r tool apt brew winget; do
  [[ -z "$tool" || "$tool" == \#* ]] && continue
  pkgs=$([[ $COL -eq 2 ]] && echo "$apt" || echo "$brew")
  if command -v "$tool" >/dev/null 2>&1; then
    echo "  have  $tool"
  else
    echo "  need  $tool  ->  ${pkgs//,/ }"
    todo+=(${pkgs//,/ })
  fi
done < "$LIST"

[[ ${#todo[@]} -gt 0 ]] || { echo "Everything already installed."; exit 0; }
echo "Plan ($MGR): ${todo[*]}"
[[ $INSTALL -eq 1 ]] || { echo "Re-run with --install to proceed."; exit 0; }

if [[ $MGR == apt ]]; then
  sudo apt-get update
  sudo apt-get install -y --no-install-recommends "${todo[@]}"
else
  brew install "${todo[@]}"
fi

for t in git jq make python3 node shellcheck rg; do
  command -v "$t" >/dev/null && printf "  %-10s %s\n" "$t" "$("$t" --version 2>&1 | head -n1)"
done
