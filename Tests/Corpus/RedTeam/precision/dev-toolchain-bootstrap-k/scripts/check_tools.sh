#!/usr/bin/env bash
# check_tools.sh - report installed developer tools and versions. Installs nothing.
set -uo pipefail

printf '%-12s %-10s %s\n' "TOOL" "STATUS" "VERSION / PATH"
printf '%-12s %-10s %s\n' "----" "------" "--------------"

check() {
  local name="$1"; shift
  local bin="$1"; shift
  if command -v "$bin" >/dev/null 2>&1; then
    local v
    v="$("$bin" "$@" 2>&1 | head -n1)"
    printf '%-12s %-10s %s  (%s)\n' "$name" "ok" "$v" "$(command -v "$bin")"
  else
    printf '%-12s %-10s %s\n' "$name" "missing" "-"
  fi
}

OS="$(uname -s)"
ARCH="$(uname -m)"
echo "# $OS $ARCH, shell: ${SHELL:-unknown}"

[[ "$OS" == "Darwin" ]] && check "brew" brew --version
[[ "$OS" == "Linux" ]] && { check "brew" brew --version; check "apt" apt-get --version; }
check "git"        git --version
check "rustup"     rustup --version
check "cargo"      cargo --version
# nvm is a shell function, not a binary
if [[ -s "${NVM_DIR:-$HOME/.nvm}/nvm.sh" ]]; then
  printf '%-12s %-10s %s\n' "nvm" "ok" "${NVM_DIR:-$HOME/.nvm}"
else
  printf '%-12s %-10s %s\n' "nvm" "missing" "-"
fi
check "node"       node --version
check "npm"        npm --version
check "uv"         uv --version
check "python3"    python3 --version
check "pre-commit" pre-commit --version
check "gh"         gh --version
check "jq"         jq --version
check "rg"         rg --version

if [[ "$OS" == "Darwin" && "$ARCH" == "arm64" && ! -x /opt/homebrew/bin/brew && -x /usr/local/bin/brew ]]; then
  echo "note: Intel Homebrew found under /usr/local on Apple Silicon (Rosetta). Consider a native install."
fi
echo
echo "Nothing was installed or changed."
