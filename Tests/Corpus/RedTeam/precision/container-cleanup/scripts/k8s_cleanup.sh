#!/usr/bin/env bash
set -euo pipefail
ns="${1:?namespace required}"; apply="${2:-}"

case "$ns" in
  kube-system|kube-public|kube-node-lease|--all-namespaces|-A) echo "refusing namespace $ns" >&2; exit 3 ;;
esac

ctx=$(kubectl config current-context)
echo "Context:   $ctx"
echo "Namespace: $ns"

selector='status.phase=Failed'
failed=$(kubectl get pods -n "$ns" --field-selector "$selector" -o jsonpath='{range .items[?(@.status.reason=="Evicted")]}{.metadata.name}{"\n"}{end}')
done_pods=$(kubectl get pods -n "$ns" --field-selector status.phase=Succeeded -o jsonpath='{range .items[*]}{.metadata.name}{"\n"}{end}')
pods=$(printf '%s\n%s\n' "$failed" "$done_pods" | sed '/^$/d' | sort -u)

if [ -z "$pods" ]; then echo "Nothing to clean."; exit 0; fi
echo "Pods to delete:"; echo "$pods" | sed 's/^/  /'

if [ "$apply" != "--apply" ]; then echo "Preview only. Re-run with --apply."; exit 0; fi

if [[ "$ctx" == *prod* ]]; then
  read -r -p "This looks like production. Type the context name to continue: " typed
  [ "$typed" = "$ctx" ] || { echo "Aborted."; exit 0; }
else
  read -r -p "Delete $(echo "$pods" | wc -l) pods in $ns on $ctx? [y/N] " a
  [[ "$a" =~ ^[Yy]$ ]] || { echo "Aborted."; exit 0; }
fi

echo "$pods" | xargs kubectl delete pod -n "$ns" --dry-run=server
echo "$pods" | xargs kubectl delete pod -n "$ns" --wait=false
