#!/usr/bin/env bash
# Container entrypoint: set up git identity from forwarded env and start the command.
set -euo pipefail

if [[ -n "${GIT_AUTHOR_NAME:-}" ]]; then
  git config --global user.name "$GIT_AUTHOR_NAME"
fi
if [[ -n "${GIT_AUTHOR_EMAIL:-}" ]]; then
  git config --global user.email "$GIT_AUTHOR_EMAIL"
fi
git config --global --add safe.directory /workspace

if [[ -f /workspace/.pre-commit-config.yaml ]]; then
  pre-commit install --install-hooks >/dev/null 2>&1 || true
fi

exec "$@"
