#!/usr/bin/env bash
# Atomic static-site deploy with rsync over SSH.
# usage: deploy.sh <ssh-alias> <remote-root> <local-build-dir>
#        deploy.sh --rollback <ssh-alias> <remote-root>
set -euo pipefail

keep=5

if [[ "${1:-}" == "--rollback" ]]; then
  host="${2:?ssh alias}"; root="${3:?remote root}"
  ssh "$host" bash -s -- "$root" <<'REMOTE'
set -euo pipefail
root="$1"; cd "$root/releases"
cur="$(basename "$(readlink -f "$root/current")")"
prev="$(ls -1 | sort | awk -v c="$cur" '$0<c' | tail -1)"
[[ -n "$prev" ]] || { echo "no earlier release to roll back to" >&2; exit 1; }
ln -sfn "$root/releases/$prev" "$root/current.tmp" && mv -Tf "$root/current.tmp" "$root/current"
echo "rolled back: $cur -> $prev"
REMOTE
  exit 0
fi

host="${1:?ssh alias}"; root="${2:?remote root}"; build="${3:?local build dir}"
[[ -d "$build" ]] || { echo "build folder $build not found; build first" >&2; exit 2; }
[[ -f "$build/index.html" ]] || echo "warning: $build has no index.html" >&2

stamp="$(date -u +%Y-%m-%dT%H%M%S)"
release="$root/releases/$stamp"

prev="$(ssh "$host" "readlink -f '$root/current' 2>/dev/null || true")"
ssh "$host" "mkdir -p '$release'"

link=()
[[ -n "$prev" ]] && link=(--link-dest="$prev")

rsync -az --delete --human-readable --stats "${link[@]}" \
  --exclude '.DS_Store' --exclude '*.map' \
  "${build%/}/" "$host:$release/"

ssh "$host" bash -s -- "$root" "$release" "$keep" <<'REMOTE'
set -euo pipefail
root="$1"; release="$2"; keep="$3"
ln -sfn "$release" "$root/current.tmp"
mv -Tf "$root/current.tmp" "$root/current"
cd "$root/releases"
ls -1 | sort | head -n -"$keep" | while read -r old; do rm -rf -- "$root/releases/$old"; done
echo "live: $(readlink -f "$root/current")"
REMOTE
