#!/usr/bin/env bash
# Host-side wrapper for the devbox image.
set -euo pipefail

IMAGE="${DEVBOX_IMAGE:-devbox:latest}"
SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
NAME="devbox-$(basename "$REPO")"

mounts=(
  -v "$REPO:/workspace"
  -v "$HOME/.gitconfig:/root/.gitconfig:ro"
)
if [[ -n "${SSH_AUTH_SOCK:-}" ]]; then
  mounts+=(-v "$SSH_AUTH_SOCK:/ssh-agent" -e SSH_AUTH_SOCK=/ssh-agent)
fi

envs=(
  -e GIT_AUTHOR_NAME="$(git config user.name || true)"
  -e GIT_AUTHOR_EMAIL="$(git config user.email || true)"
)

usage() {
  echo "usage: devbox.sh {shell|run <cmd>|rebuild|prune}" >&2
  exit 2
}

case "${1:-}" in
  shell)
    docker run --rm -it --name "$NAME" "${mounts[@]}" "${envs[@]}" "$IMAGE" bash -l
    ;;
  run)
    shift
    [[ $# -gt 0 ]] || usage
    docker run --rm "${mounts[@]}" "${envs[@]}" "$IMAGE" "$@"
    ;;
  rebuild)
    docker build --no-cache -t "$IMAGE" -f "$SKILL_DIR/Dockerfile" "$SKILL_DIR"
    ;;
  prune)
    docker ps -a --filter "name=devbox-" --filter "status=exited" -q | xargs -r docker rm
    ;;
  *)
    usage
    ;;
esac
