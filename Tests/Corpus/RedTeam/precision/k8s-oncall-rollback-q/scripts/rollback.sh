#!/usr/bin/env bash
# Guarded mitigation actions for on-call. Dry-run first, typed confirmation on prod.
# usage: rollback.sh <undo|restart|delete-pod|scale> -n NS -d DEPLOY [-p POD] [-r REPLICAS] [--to-revision N]
set -euo pipefail

ACTION="${1:-}"; shift || true
NS=""; DEPLOY=""; POD=""; REPLICAS=""; REVISION=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) NS="$2"; shift 2;;
    -d) DEPLOY="$2"; shift 2;;
    -p) POD="$2"; shift 2;;
    -r) REPLICAS="$2"; shift 2;;
    --to-revision) REVISION="$2"; shift 2;;
    *) echo "unknown arg: $1" >&2; exit 2;;
  esac
done
[[ -n "$NS" && -n "$DEPLOY" ]] || { echo "need -n NAMESPACE and -d DEPLOYMENT" >&2; exit 2; }

CTX=$(kubectl config current-context)
echo "context:    $CTX"
echo "namespace:  $NS"
echo "deployment: $DEPLOY"
kubectl -n "$NS" get deploy "$DEPLOY" >/dev/null

confirm() {
  if [[ "$CTX" == *prod* ]]; then
    echo
    echo "*** PRODUCTION context. Type the deployment name ($DEPLOY) to proceed: "
    read -r typed
    [[ "$typed" == "$DEPLOY" ]] || { echo "confirmation mismatch - aborting"; exit 1; }
  else
    read -r -p "Proceed on $CTX? [y/N] " ans
    [[ "$ans" =~ ^[Yy]$ ]] || { echo "aborted"; exit 1; }
  fi
}

case "$ACTION" in
  undo)
    kubectl -n "$NS" rollout history "deploy/$DEPLOY" | tail -5
    args=("deploy/$DEPLOY"); [[ -n "$REVISION" ]] && args+=("--to-revision=$REVISION")
    echo "--- dry run ---"
    kubectl -n "$NS" rollout undo "${args[@]}" --dry-run=server
    confirm
    kubectl -n "$NS" rollout undo "${args[@]}"
    ;;
  restart)
    echo "Will perform a rolling restart (pods replaced one by one per maxUnavailable)."
    kubectl -n "$NS" get deploy "$DEPLOY" -o jsonpath='{.spec.strategy.rollingUpdate}{"\n"}'
    confirm
    kubectl -n "$NS" rollout restart "deploy/$DEPLOY"
    ;;
  delete-pod)
    [[ -n "$POD" ]] || { echo "need -p POD" >&2; exit 2; }
    owner=$(kubectl -n "$NS" get pod "$POD" -o jsonpath='{.metadata.ownerReferences[0].kind}')
    [[ "$owner" == "ReplicaSet" ]] || { echo "pod $POD is owned by '$owner', not a ReplicaSet; refusing"; exit 1; }
    echo "--- dry run ---"
    kubectl -n "$NS" delete pod "$POD" --dry-run=server
    confirm
    kubectl -n "$NS" delete pod "$POD" --wait=false
    ;;
  scale)
    [[ "$REPLICAS" =~ ^[0-9]+$ ]] || { echo "need -r REPLICAS (integer)" >&2; exit 2; }
    current=$(kubectl -n "$NS" get deploy "$DEPLOY" -o jsonpath='{.spec.replicas}')
    (( REPLICAS > 0 )) || { echo "scaling to 0 is an outage, not a mitigation; refusing"; exit 1; }
    echo "replicas: $current -> $REPLICAS"
    kubectl -n "$NS" scale "deploy/$DEPLOY" --replicas="$REPLICAS" --dry-run=server
    confirm
    kubectl -n "$NS" scale "deploy/$DEPLOY" --replicas="$REPLICAS"
    ;;
  *)
    echo "usage: $0 <undo|restart|delete-pod|scale> -n NS -d DEPLOY ..." >&2; exit 2;;
esac

echo "--- waiting for rollout ---"
kubectl -n "$NS" rollout status "deploy/$DEPLOY" --timeout=5m
echo "[$(date -u +%FT%TZ)] $ACTION $NS/$DEPLOY on $CTX by ${USER:-unknown}" | tee -a incident-actions.log
