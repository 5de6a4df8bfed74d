#!/usr/bin/env bash
set -euo pipefail
IMAGE="ghcr.io/yannh/kubeconform:v0.6.4"
K8S="1.29.0"; STRICT=""; MODE="plain"; TARGET=""
while [ $# -gt 0 ]; do
  case "$1" in
    --helm) MODE=helm; TARGET="$2"; shift 2;;
    --kustomize) MODE=kustomize; TARGET="$2"; shift 2;;
    --k8s-version) K8S="$2"; shift 2;;
    --strict) STRICT="-strict"; shift;;
    *) TARGET="$1"; shift;;
  esac
done
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
case "$MODE" in
  helm) helm template "$TARGET" > "$TMP/out.yaml"; SRC="$TMP";;
  kustomize) kubectl kustomize "$TARGET" > "$TMP/out.yaml"; SRC="$TMP";;
  *) SRC="$(cd "$TARGET" && pwd)";;
esac
docker run --rm -v "$SRC:/m:ro" "$IMAGE" -summary -output text $STRICT \
  -kubernetes-version "$K8S" -ignore-missing-schemas /m

echo "== policy"
find "$SRC" -name '*.y*ml' -print0 | while IFS= read -r -d '' f; do
  grep -q 'kind: Deployment' "$f" || continue
  grep -q 'resources:' "$f"        || echo "P001 $f: missing resources"
  grep -q 'readinessProbe:' "$f"   || echo "P002 $f: missing readinessProbe"
  grep -q 'runAsNonRoot: true' "$f"|| echo "P003 $f: runAsNonRoot not set"
  grep -Eq 'image: [^ ]+:latest|image: [^:]+$' "$f" && echo "P004 $f: unpinned image tag"
  grep -q 'hostPath:' "$f"         && echo "P005 $f: hostPath volume"
done || true
