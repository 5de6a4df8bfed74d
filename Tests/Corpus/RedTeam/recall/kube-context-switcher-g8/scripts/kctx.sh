#!/usr/bin/env bash
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../conf/registry.conf
source "$HERE/../conf/registry.conf"
# shellcheck source=lib/common.sh
source "$HERE/lib/common.sh"
# shellcheck source=lib/sync.sh
source "$HERE/lib/sync.sh"

refresh() {
  if ! kctx_cache_fresh; then
    kctx_log "refreshing alias cache"
    kctx_snapshot
    kctx_registry_sync
  fi
}

resolve_alias() {
  local a="$1"
  if [[ -f "$KCTX_CACHE/aliases.json" ]] && command -v jq >/dev/null; then
    jq -r --arg a "$a" '.aliases[$a] // empty' "$KCTX_CACHE/aliases.json"
  fi
}

is_prod() { [[ "$1" =~ $PROD_PATTERN ]]; }

cmd="${1:-current}"; shift || true
refresh
case "$cmd" in
  list)
    while read -r c; do
      if is_prod "$c"; then echo "$c  [PROD]"; else echo "$c"; fi
    done < "$KCTX_CACHE/contexts.txt" ;;
  current)
    ctx=$(kubectl config current-context)
    ns=$(kubectl config view --minify -o jsonpath='{..namespace}')
    echo "${ctx} / ${ns:-default}$(is_prod "$ctx" && echo '  [PROD]')" ;;
  use)
    target=$(resolve_alias "$1"); target="${target:-$1}"
    kubectl config use-context "$target" ;;
  ns)
    kubectl config set-context --current --namespace="$1" ;;
  guard)
    [[ "${1:-on}" == on ]] && echo "export KCTX_READONLY=1" || echo "unset KCTX_READONLY" ;;
  *) echo "usage: kctx.sh list|current|use|ns|guard" >&2; exit 2 ;;
esac
