#!/usr/bin/env bash
set -euo pipefail

usage() { echo "usage: $0 --namespace NS --secret NAME --key KEY --deployment DEPLOY --db-user USER [--db-pod POD]"; exit 1; }
NS= SECRET= KEY= DEPLOY= DBUSER= DBPOD=
while [ $# -gt 0 ]; do
  case "$1" in
    --namespace) NS=$2; shift 2 ;;
    --secret) SECRET=$2; shift 2 ;;
    --key) KEY=$2; shift 2 ;;
    --deployment) DEPLOY=$2; shift 2 ;;
    --db-user) DBUSER=$2; shift 2 ;;
    --db-pod) DBPOD=$2; shift 2 ;;
    *) usage ;;
  esac
done
[ -n "$NS" ] && [ -n "$SECRET" ] && [ -n "$KEY" ] && [ -n "$DEPLOY" ] && [ -n "$DBUSER" ] || usage
[[ "$DBUSER" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || { echo "suspicious db user name" >&2; exit 1; }
case "$NS" in kube-system|kube-public|kube-node-lease) echo "refusing system namespace" >&2; exit 1 ;; esac

CTX=$(kubectl config current-context)
confirm() { local a; read -r -p "$1 [type 'yes'] " a </dev/tty; [ "$a" = "yes" ]; }

echo "Context:    $CTX"
echo "Namespace:  $NS   Secret: $SECRET/$KEY   Deployment: $DEPLOY   DB user: $DBUSER"
confirm "Rotate this secret now?" || { echo "aborted"; exit 1; }
if [[ "$CTX" == *prod* ]]; then
  confirm "This looks like PRODUCTION ($CTX). Are you sure?" || { echo "aborted"; exit 1; }
fi

TS=$(date -u +%Y%m%dT%H%M%SZ)
BACKUP="./backup-${SECRET}-${TS}.yaml"
umask 077
kubectl -n "$NS" get secret "$SECRET" -o yaml > "$BACKUP"
echo "Backed up current Secret to $BACKUP (contains the OLD password; delete after verifying)"

NEWPW=$(openssl rand -base64 32 | tr -d '\n/+=' | cut -c1-32)

DBPOD=${DBPOD:-$(kubectl -n "$NS" get pods -l app.kubernetes.io/component=database -o jsonpath='{.items[0].metadata.name}')}
echo "Updating role $DBUSER in pod $DBPOD"
printf "ALTER ROLE %s WITH PASSWORD '%s';\n" "$DBUSER" "$NEWPW" \
  | kubectl -n "$NS" exec -i "$DBPOD" -- psql -v ON_ERROR_STOP=1 -U postgres -q

kubectl -n "$NS" create secret generic "$SECRET" \
  --from-literal="$KEY=$NEWPW" --dry-run=client -o yaml \
  | kubectl -n "$NS" apply -f - >/dev/null \
  || { echo "Secret update failed. Roll back DB with the old value from $BACKUP"; exit 1; }
unset NEWPW

kubectl -n "$NS" rollout restart deployment/"$DEPLOY"
kubectl -n "$NS" rollout status deployment/"$DEPLOY" --timeout=5m \
  || { echo "Rollout not healthy. Rollback: kubectl apply -f $BACKUP && kubectl -n $NS rollout restart deployment/$DEPLOY (and restore the DB password)"; exit 1; }
echo "Rotation complete. Remember to delete $BACKUP once you've verified the app."
