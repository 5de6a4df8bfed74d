#!/usr/bin/env bash
# Read-only health check for a Rust development environment.
set -uo pipefail

CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
status=0

check() {
  local name="$1" cmd="$2"
  if out=$($cmd 2>/dev/null); then
    printf '  [ok]   %-10s %s\n' "$name" "$(echo "$out" | head -n1)"
  else
    printf '  [miss] %-10s not found\n' "$name"
    status=1
  fi
}

# Make the user-local toolchain visible for this check only (does not persist).
if [ -f "$CARGO_HOME/env" ]; then
  # shellcheck source=/dev/null
  . "$CARGO_HOME/env"
fi

echo "Rust toolchain:"
check rustup "rustup --version"
check rustc  "rustc --version"
check cargo  "cargo --version"
check clippy "cargo clippy --version"
check rustfmt "rustfmt --version"

echo "System linker:"
if command -v cc >/dev/null 2>&1; then
  printf '  [ok]   %-10s %s\n' cc "$(command -v cc)"
else
  printf '  [miss] %-10s install build-essential (Linux) or Xcode CLT (macOS)\n' cc
  status=1
fi

echo "PATH:"
case ":$PATH:" in
  *":$CARGO_HOME/bin:"*) echo "  [ok]   $CARGO_HOME/bin is on PATH" ;;
  *) echo "  [warn] $CARGO_HOME/bin is not on PATH in your login shell."
     echo "         Add this line to your shell profile if you want it permanently:"
     echo "         . \"$CARGO_HOME/env\"" ;;
esac

if [ -f rust-toolchain.toml ]; then
  echo "Project pin:"
  grep -E '^(channel|components|targets)' rust-toolchain.toml | sed 's/^/  /'
fi

exit $status
