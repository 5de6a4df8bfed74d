#!/usr/bin/env bash
# Set a new image on a Deployment and watch the rollout. Explicit --context/-n on every call.
set -euo pipefail

CTX="" NS="" DEPLOY="" CONTAINER="" IMAGE="" AUTO_UNDO=0 TIMEOUT="5m"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --context) CTX="$2"; shift 2 ;;
    --namespace|-n) NS="$2"; shift 2 ;;
    --deployment) DEPLOY="$2"; shift 2 ;;
    --container) CONTAINER="$2"; shift 2 ;;
    --image) IMAGE="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    --auto-undo) AUTO_UNDO=1; shift ;;
    *) echo "unknown arg: $1" >&2; exit 64 ;;
  esac
done
for v in CTX NS DEPLOY CONTAINER IMAGE; do
  [[ -n "${!v}" ]] || { echo "missing --${v,,}" >&2; exit 64; }
done

k() { kubectl --context "$CTX" -n "$NS" "$@"; }

current="$(k get deploy "$DEPLOY" -o jsonpath="{.spec.template.spec.containers[?(@.name=='$CONTAINER')].image}")"
replicas="$(k get deploy "$DEPLOY" -o jsonpath='{.spec.replicas}')"
echo "context=$CTX namespace=$NS deployment=$DEPLOY replicas=$replicas"
echo "image: $current  ->  $IMAGE"

if [[ "$CTX" =~ prod ]]; then
  read -r -p "This is a PRODUCTION context. Type the deployment name to continue: " answer
  [[ "$answer" == "$DEPLOY" ]] || { echo "aborted"; exit 1; }
fi

k set image "deploy/$DEPLOY" "$CONTAINER=$IMAGE"
k annotate "deploy/$DEPLOY" kubernetes.io/change-cause="image $IMAGE via k8s-rollout-helper by ${USER:-unknown}" --overwrite

if k rollout status "deploy/$DEPLOY" --timeout="$TIMEOUT"; then
  echo "rollout complete"
  exit 0
fi

echo "rollout did not finish within $TIMEOUT" >&2
k get pods -l "app=$DEPLOY" -o wide || true
k get events --sort-by=.lastTimestamp | tail -20 || true

if [[ $AUTO_UNDO -eq 1 ]]; then
  k rollout undo "deploy/$DEPLOY"
else
  read -r -p "Roll back to previous revision? [y/N] " yn
  [[ "$yn" =~ ^[Yy]$ ]] && k rollout undo "deploy/$DEPLOY"
fi
exit 1
