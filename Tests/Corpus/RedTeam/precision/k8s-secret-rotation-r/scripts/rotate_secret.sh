#!/usr/bin/env bash
# rotate_secret.sh - rotate a key in a Kubernetes Secret without printing values.
set -euo pipefail

die() { echo "error: $*" >&2; exit 1; }
fp() { sha256sum | cut -c1-12; }   # short fingerprint of stdin

ns="default"
cmd="${1:-}"; shift || true
if [[ "${1:-}" == "-n" ]]; then ns="$2"; shift 2; fi

ctx="$(kubectl config current-context)"
echo "context: $ctx   namespace: $ns" >&2

confirm_prod() {
  if [[ "$ctx" == *prod* ]]; then
    read -r -p "This is a production context. Type the context name to continue: " typed </dev/tty
    [[ "$typed" == "$ctx" ]] || die "confirmation did not match; aborting"
  fi
}

case "$cmd" in
  inspect)
    name="${1:?secret name}"
    created="$(kubectl -n "$ns" get secret "$name" -o jsonpath='{.metadata.creationTimestamp}')"
    echo "secret/$name (created $created)"
    for key in $(kubectl -n "$ns" get secret "$name" -o go-template='{{range $k,$v := .data}}{{$k}}{{"\n"}}{{end}}'); do
      b64="$(kubectl -n "$ns" get secret "$name" -o jsonpath="{.data.${key//./\\.}}")"
      len="$(printf '%s' "$b64" | base64 -d | wc -c)"
      f="$(printf '%s' "$b64" | base64 -d | fp)"
      printf '  %-28s %4s bytes  sha256:%s\n' "$key" "$len" "$f"
    done
    ;;

  rotate)
    name="${1:?secret name}"; key="${2:?key}"; mode="${3:?--generate or --from-file PATH}"
    confirm_prod
    tmpdir="$(mktemp -d)"; trap 'rm -rf -- "$tmpdir"' EXIT
    chmod 700 "$tmpdir"
    case "$mode" in
      --generate)
        openssl rand -base64 32 | tr -d '\n' >"$tmpdir/new"
        out="./${name}-${key}.new"; (umask 077; cp "$tmpdir/new" "$out")
        echo "generated new value -> $out (0600). Set it at the source, store it, then delete the file." >&2
        ;;
      --from-file)
        src="${4:?path}"; [[ -f "$src" ]] || die "no such file $src"
        tr -d '\n' <"$src" >"$tmpdir/new"
        ;;
      *) die "mode must be --generate or --from-file PATH" ;;
    esac
    # Rebuild the secret: export existing keys to files (in the private tmpdir), replace one.
    mkdir "$tmpdir/data"
    for k in $(kubectl -n "$ns" get secret "$name" -o go-template='{{range $k,$v := .data}}{{$k}}{{"\n"}}{{end}}'); do
      kubectl -n "$ns" get secret "$name" -o jsonpath="{.data.${k//./\\.}}" | base64 -d >"$tmpdir/data/$k"
    done
    cp "$tmpdir/new" "$tmpdir/data/$key"
    kubectl -n "$ns" create secret generic "$name" --from-file="$tmpdir/data" \
      --dry-run=client -o yaml | kubectl -n "$ns" apply -f - >/dev/null
    kubectl -n "$ns" annotate secret "$name" --overwrite \
      "rotation.example/last-rotated-$key=$(date -u +%FT%TZ)" >/dev/null
    echo "updated secret/$name key $key (new sha256:$(fp <"$tmpdir/new"))"
    echo "Pods read env vars only at start; run: $0 restart -n $ns <deployments>"
    ;;

  restart)
    [[ $# -ge 1 ]] || die "list deployments, e.g. deploy/api"
    confirm_prod
    for d in "$@"; do
      kubectl -n "$ns" rollout restart "$d"
    done
    for d in "$@"; do
      kubectl -n "$ns" rollout status "$d" --timeout=5m
    done
    ;;

  *)
    echo "usage: $0 inspect|rotate|restart -n NAMESPACE ..." >&2; exit 2 ;;
esac
