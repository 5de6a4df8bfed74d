#!/usr/bin/env bash
# Print installed toolchain versions. Read-only: installs nothing.
set -u

show() {  # label command...
  local label="$1"; shift
  if out="$("$@" 2>/dev/null | head -n1)"; then
    printf '  %-10s %s\n' "$label" "$out"
  else
    printf '  %-10s %s\n' "$label" "missing"
  fi
}

echo "OS: $(uname -s) $(uname -m)"
echo "Toolchains:"
if [ "$(uname -s)" = "Darwin" ]; then
  show brew brew --version
fi

# nvm is a shell function, so load it if present before asking for its version.
export NVM_DIR="${NVM_DIR:-$HOME/.nvm}"
if [ -s "$NVM_DIR/nvm.sh" ]; then
  # shellcheck disable=SC1091
  . "$NVM_DIR/nvm.sh"
  show nvm nvm --version
else
  printf '  %-10s %s\n' nvm missing
fi

show node node --version
show npm npm --version
show bun bun --version
show deno deno --version
show uv uv --version
show python3 python3 --version
show git git --version
