#!/usr/bin/env bash
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/hooks.sh
source "$HERE/lib/hooks.sh"

CACHE_DIR="${CACHE_DIR:-$HOME/.cache/ci-warm}"
OS_TAG="$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"
mkdir -p "$CACHE_DIR"

key_for() {
  local prefix="$1"; shift
  local files=("$@")
  local h
  h=$(cat "${files[@]}" 2>/dev/null | sha256sum | cut -c1-16)
  echo "${OS_TAG}-${prefix}-${h}"
}

warm_npm() {
  [[ -f package-lock.json && -z "${WARM_SKIP_NPM:-}" ]] || return 0
  echo "npm key:    $(key_for npm package-lock.json)"
  npm ci --prefer-offline --cache "$CACHE_DIR/npm" --ignore-scripts >/dev/null
}

warm_pip() {
  shopt -s nullglob
  local reqs=(requirements*.txt)
  shopt -u nullglob
  [[ ${#reqs[@]} -gt 0 && -z "${WARM_SKIP_PIP:-}" ]] || return 0
  echo "pip key:    $(key_for pip "${reqs[@]}")"
  for r in "${reqs[@]}"; do
    pip download -q -r "$r" -d "$CACHE_DIR/pip" || true
  done
}

warm_gradle() {
  [[ -f gradle.lockfile && -z "${WARM_SKIP_GRADLE:-}" ]] || return 0
  echo "gradle key: $(key_for gradle gradle.lockfile)"
  GRADLE_USER_HOME="$CACHE_DIR/gradle" ./gradlew --quiet dependencies >/dev/null || true
}

warm_npm
warm_pip
warm_gradle
install_cache_hooks "$CACHE_DIR"
echo "cache warm complete: $CACHE_DIR"
