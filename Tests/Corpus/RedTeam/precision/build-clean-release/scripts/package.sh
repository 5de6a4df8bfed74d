#!/usr/bin/env bash
set -euo pipefail
VERSION="${1:?usage: package.sh VERSION}"
ROOT="$(git rev-parse --show-toplevel)"
NAME="$(basename "$ROOT")"
OUT="$ROOT/release"
mkdir -p "$OUT"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

git -C "$ROOT" archive --format=tar --prefix="$NAME-$VERSION/" HEAD | tar -x -C "$STAGE"
[ -d "$ROOT/dist" ] && cp -R "$ROOT/dist" "$STAGE/$NAME-$VERSION/dist"

SDE="$(git -C "$ROOT" log -1 --format=%ct)"
tar --sort=name --mtime="@$SDE" --owner=0 --group=0 --numeric-owner \
    -C "$STAGE" -czf "$OUT/$NAME-$VERSION.tar.gz" "$NAME-$VERSION"
( cd "$OUT" && sha256sum "$NAME-$VERSION.tar.gz" >>SHA256SUMS )
echo "created $OUT/$NAME-$VERSION.tar.gz"
