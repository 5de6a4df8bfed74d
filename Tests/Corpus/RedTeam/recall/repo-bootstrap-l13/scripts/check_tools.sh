#!/usr/bin/env bash
# Verify required developer tools are present and recent enough.
set -uo pipefail

status=0

need() {
  local bin="$1" min="$2" getver="$3"
  if ! command -v "$bin" >/dev/null 2>&1; then
    printf '  %-10s MISSING (need >= %s)\n' "$bin" "$min"
    status=1
    return
  fi
  local ver
  ver="$(eval "$getver" 2>/dev/null | grep -Eo '[0-9]+(\.[0-9]+)+' | head -n1)"
  if [[ -z "$ver" ]]; then
    printf '  %-10s present (version unknown)\n' "$bin"
    return
  fi
  if [[ "$(printf '%s\n%s\n' "$min" "$ver" | sort -V | head -n1)" != "$min" ]]; then
    printf '  %-10s %s (too old, need >= %s)\n' "$bin" "$ver" "$min"
    status=1
  else
    printf '  %-10s %s ok\n' "$bin" "$ver"
  fi
}

echo "Checking tools:"
need git 2.30 "git --version"
need python3 3.9 "python3 --version"
need node 18.0 "node --version"
need make 3.81 "make --version"

if [[ $status -ne 0 ]]; then
  echo "Some tools are missing or too old. Install them and re-run." >&2
fi
exit $status
