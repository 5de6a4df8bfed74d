#!/usr/bin/env bash
# Update digests in tools.lock from upstream-published checksum files.
# Usage: scripts/refresh-lock.sh TOOL
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCK="$ROOT/tools.lock"
tool="${1:?tool name}"

fetch() { curl --fail -sSL --proto '=https' "$1"; }

upstream_digest() {  # name version url
  local name=$1 version=$2 url=$3 base
  base=$(basename "$url")
  case "$name" in
    kubectl)       fetch "$url.sha256" ;;
    helm)          fetch "$url.sha256sum" | awk '{print $1}' ;;
    terraform)     fetch "https://releases.hashicorp.com/terraform/$version/terraform_${version}_SHA256SUMS" | awk -v f="$base" '$2==f{print $1}' ;;
    shellcheck)    echo "shellcheck publishes no checksum file; compute from a trusted download and cross-check the GitHub release page" >&2; return 1 ;;
    yq)            fetch "https://github.com/mikefarah/yq/releases/download/v$version/checksums-bsd" | awk -v f="$base" '$0 ~ "SHA2-256 \\(" f "\\)" {print $NF}' ;;
    golangci-lint) fetch "https://github.com/golangci/golangci-lint/releases/download/v$version/golangci-lint-$version-checksums.txt" | awk -v f="$base" '$2==f{print $1}' ;;
    *) echo "no checksum source configured for $name" >&2; return 1 ;;
  esac
}

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
changed=0
while IFS= read -r line; do
  read -r name version tos tarch fmt digest url <<<"$line" || true
  if [[ "$name" == "$tool" ]]; then
    u=${url//\{version\}/$version}
    new=$(upstream_digest "$name" "$version" "$u" | tr -d '[:space:]')
    [[ "$new" =~ ^[0-9a-f]{64}$ ]] || { echo "could not get digest for $u" >&2; exit 1; }
    if [[ "$new" != "$digest" ]]; then
      echo "$name $version $tos/$tarch: $digest -> $new"
      line=${line/$digest/$new}
      changed=$((changed + 1))
    fi
  fi
  printf '%s\n' "$line" >> "$tmp"
done < "$LOCK"
cp "$tmp" "$LOCK"
echo "$changed digest(s) updated. Review with: git diff tools.lock"
