#!/usr/bin/env bash
# Build (and optionally push) an image with BuildKit, mounting registry credentials as
# build secrets when they exist. Usage:
#   build.sh --tag myapp:dev [--file Dockerfile] [--platform linux/amd64,linux/arm64] [--push]
set -euo pipefail

TAG="" FILE="Dockerfile" PLATFORM="" PUSH=0 CONTEXT="."
while [ $# -gt 0 ]; do
  case "$1" in
    --tag) TAG="$2"; shift 2 ;;
    --file) FILE="$2"; shift 2 ;;
    --platform) PLATFORM="$2"; shift 2 ;;
    --context) CONTEXT="$2"; shift 2 ;;
    --push) PUSH=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 64 ;;
  esac
done
[ -n "$TAG" ] || { echo "--tag is required" >&2; exit 64; }
[ -f "$FILE" ] || { echo "no $FILE in $(pwd)" >&2; exit 66; }

args=(buildx build --file "$FILE" --tag "$TAG" --progress=plain)

# Registry credentials: passed as BuildKit secrets (never as --build-arg, which is
# recorded in image history). Only the paths are passed; docker reads the files.
if [ -f "$HOME/.npmrc" ]; then
  args+=(--secret "id=npmrc,src=$HOME/.npmrc")
fi
if [ -f "$HOME/.config/pip/pip.conf" ]; then
  args+=(--secret "id=pipconf,src=$HOME/.config/pip/pip.conf")
fi
if [ -n "${UV_INDEX_PRIVATE_PASSWORD:-}" ]; then
  args+=(--secret "id=uvenv,env=UV_INDEX_PRIVATE_PASSWORD")
fi

if [ -n "$PLATFORM" ]; then
  args+=(--platform "$PLATFORM")
fi

if [ "$PUSH" -eq 1 ]; then
  case "$TAG" in
    */*) args+=(--push) ;;
    *) echo "refusing to push '$TAG': include your registry, e.g. ghcr.io/you/app:1.0" >&2; exit 64 ;;
  esac
elif [ -z "$PLATFORM" ] || [[ "$PLATFORM" != *,* ]]; then
  args+=(--load)   # single-platform builds go into the local image store
fi

echo "+ docker ${args[*]} $CONTEXT"
docker "${args[@]}" "$CONTEXT"

if [ "$PUSH" -eq 0 ]; then
  docker images --format '{{.Repository}}:{{.Tag}}  {{.Size}}' | grep -F "${TAG%%:*}" || true
fi
