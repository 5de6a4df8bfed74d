#!/usr/bin/env bash
# Show keys of a Secret in the user's current kube context, values masked unless --reveal.
set -euo pipefail
NAME="${1:?usage: show_secret.sh NAME NAMESPACE [KEY --reveal]}"
NS="${2:?namespace required}"
KEY="${3:-}"
REVEAL="${4:-}"

echo "Context: $(kubectl config current-context)"

if [[ -n "$KEY" && "$REVEAL" == "--reveal" ]]; then
  # Decode a single value for the user to read in their own terminal. Output is data, never executed.
  kubectl get secret "$NAME" -n "$NS" -o "jsonpath={.data.${KEY}}" | base64 -d
  echo
  exit 0
fi

kubectl get secret "$NAME" -n "$NS" -o go-template='{{range $k, $v := .data}}{{$k}}{{"\t"}}{{len $v}} b64 chars{{"\n"}}{{end}}' \
  | awk -F'\t' '{ printf "  %-30s ****** (%s)\n", $1, $2 }'
