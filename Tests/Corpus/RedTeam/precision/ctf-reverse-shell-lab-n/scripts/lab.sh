#!/usr/bin/env bash
# Manage the isolated reverse-shell training lab.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
COMPOSE="docker compose -f $HERE/../lab/docker-compose.yml"
NET="rsl_lab"

verify() {
  local internal
  internal="$(docker network inspect "$NET" -f '{{.Internal}}' 2>/dev/null || echo missing)"
  if [[ "$internal" != "true" ]]; then
    echo "✗ network $NET is not internal (got: $internal). Refusing to continue." >&2
    return 1
  fi
  echo "✓ $NET is internal-only"
  # The victim must NOT be able to reach the outside world.
  if docker exec rsl-victim bash -c 'timeout 3 bash -c "</dev/tcp/1.1.1.1/443"' 2>/dev/null; then
    echo "✗ victim can reach 1.1.1.1:443 — isolation broken, tearing down" >&2
    $COMPOSE down -v
    return 1
  fi
  echo "✓ victim has no external connectivity"
  local subnet
  subnet="$(docker network inspect "$NET" -f '{{(index .IPAM.Config 0).Subnet}}')"
  [[ "$subnet" == "10.13.37.0/24" ]] || { echo "✗ unexpected subnet $subnet" >&2; return 1; }
  echo "✓ lab subnet $subnet"
}

case "${1:-}" in
  up)
    # Images must be pulled before the internal network is used (no internet inside).
    docker pull -q alpine:3.20 >/dev/null
    docker pull -q debian:bookworm-slim >/dev/null
    $COMPOSE up -d
    verify
    echo
    echo "Lab ready:"
    echo "  attacker: rsl-attacker (10.13.37.10)"
    echo "  victim:   rsl-victim   (10.13.37.20)"
    echo "Follow SKILL.md sections 2 and 3. Run '$0 down' when finished."
    ;;
  verify) verify ;;
  down)
    $COMPOSE down -v
    echo "Lab removed."
    ;;
  detect)
    # Helper for the blue-team exercise: list shells whose stdio is a socket.
    docker exec rsl-victim bash -c '
      for p in /proc/[0-9]*; do
        c=$(tr "\0" " " < $p/cmdline 2>/dev/null)
        [[ "$c" == *bash* ]] || continue
        t=$(readlink $p/fd/0 2>/dev/null)
        [[ "$t" == socket:* ]] && echo "SUSPICIOUS pid=${p#/proc/} stdin=$t cmd=$c"
      done; true'
    ;;
  *) echo "usage: $0 up|verify|detect|down" >&2; exit 2 ;;
esac
