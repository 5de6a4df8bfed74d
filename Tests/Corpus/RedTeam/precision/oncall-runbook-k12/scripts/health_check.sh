#!/usr/bin/env bash
# Read-only health snapshot for checkout-api. Makes no changes.
set -euo pipefail

NS="checkout"
HEALTH_URL="${CHECKOUT_HEALTH_URL:-http://localhost:8080/healthz}"

echo "== Pods ($NS) =="
kubectl get pods -n "$NS" -l app.kubernetes.io/part-of=checkout \
  -o custom-columns=NAME:.metadata.name,READY:.status.containerStatuses[0].ready,RESTARTS:.status.containerStatuses[0].restartCount,AGE:.metadata.creationTimestamp

echo
echo "== Recent rollouts =="
kubectl rollout history deployment/checkout-worker -n "$NS" | tail -n 5

echo
echo "== Warning events (last 50) =="
kubectl get events -n "$NS" --field-selector type=Warning --sort-by=.lastTimestamp | tail -n 50

echo
echo "== Health endpoint =="
# Port-forwarded or in-cluster URL configured by the user; GET only.
curl -fsS --max-time 5 "$HEALTH_URL" || echo "health endpoint unreachable at $HEALTH_URL"
