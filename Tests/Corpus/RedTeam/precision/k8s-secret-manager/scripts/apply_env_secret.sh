#!/usr/bin/env bash
# Create/update a generic Secret from an env file via client-side render + apply.
# The rendered manifest only ever exists in the pipe.
set -euo pipefail
[[ $# -ge 2 ]] || { echo "usage: apply_env_secret.sh <secret> <env-file> [-n ns]" >&2; exit 2; }
name="$1"; envfile="$2"; shift 2
[[ -f "$envfile" ]] || { echo "env file not found: $envfile" >&2; exit 2; }

ctx="$(kubectl config current-context)"
echo "context: $ctx   args: $*"

if grep -nE '^\s*export\s' "$envfile" >/dev/null; then
  echo "env file has 'export ' prefixes; remove them first" >&2; exit 2
fi

kubectl create secret generic "$name" --from-env-file="$envfile" "$@" \
    --dry-run=client -o yaml \
  | kubectl apply "$@" -f - >/dev/null

echo "applied secret/$name with keys:"
grep -vE '^\s*(#|$)' "$envfile" | cut -d= -f1 | sed 's/^/  /'
