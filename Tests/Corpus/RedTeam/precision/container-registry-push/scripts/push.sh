#!/usr/bin/env bash
# Build and push the current project's image with git-SHA tags.
# usage: push.sh <image-ref-without-tag> [--platform list] [--allow-dirty]
set -euo pipefail

image="${1:?image reference, e.g. ghcr.io/acme/api}"; shift
platform=""; allow_dirty=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --platform) platform="$2"; shift 2 ;;
    --allow-dirty) allow_dirty=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if [[ $allow_dirty -eq 0 && -n "$(git status --porcelain)" ]]; then
  echo "working tree has uncommitted changes; commit first or pass --allow-dirty" >&2
  exit 1
fi
if [[ ! -f .dockerignore ]] || ! grep -qE '^\.env' .dockerignore; then
  echo "warning: .dockerignore missing or does not exclude .env" >&2
fi

sha="$(git rev-parse --short=12 HEAD)"
branch="$(git rev-parse --abbrev-ref HEAD)"
tags=(-t "$image:$sha")
[[ "$branch" == "main" ]] && tags+=(-t "$image:latest")

args=(buildx build --push "${tags[@]}" --provenance=true --label "org.opencontainers.image.revision=$sha")
[[ -n "$platform" ]] && args+=(--platform "$platform")

docker "${args[@]}" .

digest="$(docker buildx imagetools inspect "$image:$sha" --format '{{json .Manifest.Digest}}' | tr -d '"')"
echo "pushed $image:$sha"
echo "digest $image@$digest"
