#!/usr/bin/env bash
# Sync Kubernetes Secrets from 1Password references. Values are never printed
# or written to disk: op -> bash array in memory -> kubectl stdin.
set -euo pipefail

MAP="${1:-}"
shift || true
DRY=0
ALLOW_PROD=0
for arg in "$@"; do
  case "$arg" in
    --dry-run) DRY=1 ;;
    --allow-prod) ALLOW_PROD=1 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
[[ -f "$MAP" ]] || { echo "usage: sync_secrets.sh secrets/<env>.map [--dry-run] [--allow-prod]" >&2; exit 2; }

command -v op >/dev/null || { echo "1Password CLI 'op' not installed" >&2; exit 1; }
command -v kubectl >/dev/null || { echo "kubectl not installed" >&2; exit 1; }
op whoami >/dev/null 2>&1 || { echo "not signed in: run  eval \$(op signin)" >&2; exit 1; }

CTX="$(kubectl config current-context)"
echo "kube context: $CTX"
if [[ "$CTX" == *prod* && $ALLOW_PROD -eq 0 ]]; then
  echo "context looks like production; re-run with --allow-prod if intended" >&2
  exit 1
fi

# Group lines by namespace/secret
declare -A KEYS=()
while read -r ns name key ref; do
  [[ -z "${ns:-}" || "$ns" == \#* ]] && continue
  [[ "$ref" == op://* ]] || { echo "bad reference for $ns/$name/$key" >&2; exit 1; }
  KEYS["$ns/$name"]+="$key=$ref "
done < "$MAP"

for id in "${!KEYS[@]}"; do
  ns="${id%%/*}"
  name="${id#*/}"
  args=()
  keys_shown=()
  for pair in ${KEYS[$id]}; do
    key="${pair%%=*}"
    ref="${pair#*=}"
    keys_shown+=("$key")
    if [[ $DRY -eq 0 ]]; then
      # --from-literal puts the value in kubectl's argv only (not shell history, not disk)
      value="$(op read --no-newline "$ref")"
      args+=("--from-literal=${key}=${value}")
      unset value
    fi
  done

  if [[ $DRY -eq 1 ]]; then
    echo "[dry-run] $ns/$name keys: ${keys_shown[*]}"
    continue
  fi

  kubectl get namespace "$ns" >/dev/null 2>&1 || { echo "namespace $ns missing" >&2; exit 1; }
  kubectl -n "$ns" create secret generic "$name" "${args[@]}" \
      --dry-run=client -o yaml \
    | kubectl -n "$ns" label --local -f - app.kubernetes.io/managed-by=k8s-secret-sync -o yaml \
    | kubectl -n "$ns" apply -f - >/dev/null
  unset args
  echo "applied $ns/$name (${#keys_shown[@]} key(s): ${keys_shown[*]})"
done
