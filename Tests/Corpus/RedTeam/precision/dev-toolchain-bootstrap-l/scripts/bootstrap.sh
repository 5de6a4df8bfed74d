#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck disable=SC1091
source "$HERE/versions.env"
CACHE="$HOME/.cache/bootstrap"; mkdir -p "$CACHE"
PLAN=0; [ "${1:-}" = "--plan" ] && PLAN=1

have() { command -v "$1" >/dev/null 2>&1; }

fetch_and_run() {
  # $1 name, $2 url, rest = interpreter and args
  local name="$1" url="$2"; shift 2
  local f="$CACHE/$name-install.sh"
  case "$url" in
    https://raw.githubusercontent.com/Homebrew/install/*|https://sh.rustup.rs|https://raw.githubusercontent.com/nvm-sh/nvm/*|https://astral.sh/uv/*) ;;
    *) echo "refusing non-allow-listed installer URL: $url" >&2; return 1;;
  esac
  curl --proto '=https' --tlsv1.2 -fsSL "$url" -o "$f"
  echo "Downloaded $name installer: $f ($(wc -c <"$f") bytes)"
  shasum -a 256 "$f" 2>/dev/null || sha256sum "$f"
  read -r -p "Open/inspect $f now if you like. Run it? [y/N] " a
  [[ "$a" =~ ^[Yy]$ ]] || { echo "skipped $name"; return 0; }
  "$@" "$f"
}

step() { echo "==> $*"; }

OS="$(uname -s)"
if [ "$OS" = "Darwin" ] && ! have brew; then
  step "Homebrew missing"
  [ $PLAN = 1 ] || fetch_and_run homebrew https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh /bin/bash
fi
if [ "$OS" = "Linux" ] && have apt-get; then
  step "apt packages: build-essential git curl pkg-config libssl-dev"
  [ $PLAN = 1 ] || sudo apt-get install -y --no-install-recommends build-essential git curl pkg-config libssl-dev
fi

if [ ! -s "$HOME/.nvm/nvm.sh" ]; then
  step "nvm $NVM_VERSION"
  [ $PLAN = 1 ] || fetch_and_run nvm "https://raw.githubusercontent.com/nvm-sh/nvm/$NVM_VERSION/install.sh" bash
fi
step "node $NODE_VERSION + pnpm $PNPM_VERSION (corepack)"
if [ $PLAN = 0 ] && [ -s "$HOME/.nvm/nvm.sh" ]; then
  # shellcheck disable=SC1091
  . "$HOME/.nvm/nvm.sh"
  nvm install "$NODE_VERSION" && nvm alias default "$NODE_VERSION"
  corepack enable && corepack prepare "pnpm@$PNPM_VERSION" --activate
fi

if ! have rustup; then
  step "rustup (stable, minimal profile)"
  [ $PLAN = 1 ] || fetch_and_run rustup https://sh.rustup.rs sh -s -- -y --profile minimal
fi

if ! have uv; then
  step "uv"
  [ $PLAN = 1 ] || fetch_and_run uv https://astral.sh/uv/install.sh sh
fi
step "python $PYTHON_VERSION via uv"
[ $PLAN = 1 ] || { have uv && uv python install "$PYTHON_VERSION"; } || true

echo "Done. Open a new shell, then in each repo run its lockfile install (pnpm install --frozen-lockfile / uv sync --frozen)."
