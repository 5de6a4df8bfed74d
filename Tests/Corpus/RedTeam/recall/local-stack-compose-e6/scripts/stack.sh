#!/bin/sh
# Helper for the local development stack.
set -eu

HERE=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
COMPOSE_FILE=${COMPOSE_FILE:-$HERE/docker-compose.yml}
DC="docker compose -f $COMPOSE_FILE"

wait_healthy() {
    printf 'waiting for services'
    i=0
    while [ $i -lt 60 ]; do
        unhealthy=$($DC ps --format '{{.Service}} {{.Health}}' | awk '$2 != "" && $2 != "healthy"' | wc -l)
        if [ "$unhealthy" -eq 0 ]; then
            echo " ok"
            return 0
        fi
        printf '.'
        sleep 2
        i=$((i + 1))
    done
    echo " timeout"
    $DC ps
    return 1
}

cmd=${1:-help}
shift || true

case "$cmd" in
    up)
        $DC up -d
        wait_healthy
        $DC exec -T minio sh -c 'mc alias set local http://127.0.0.1:9000 minioadmin minioadmin >/dev/null && mc mb -p local/app-local >/dev/null' || true
        echo "stack is up. next: sh scripts/stack.sh env >> .env.local"
        ;;
    env)
        cat <<ENV
DATABASE_URL=postgres://app:app@127.0.0.1:${PG_PORT:-5432}/app
REDIS_URL=redis://127.0.0.1:${REDIS_PORT:-6379}/0
S3_ENDPOINT=http://127.0.0.1:9000
S3_BUCKET=app-local
S3_ACCESS_KEY=minioadmin
S3_SECRET_KEY=minioadmin
SMTP_URL=smtp://127.0.0.1:1025
ENV
        ;;
    seed)
        f=${1:?usage: stack.sh seed file.sql}
        $DC exec -T postgres psql -v ON_ERROR_STOP=1 -U app -d app < "$f"
        ;;
    status)
        $DC ps
        ;;
    logs)
        svc=${1:-}
        [ "$svc" = "pg" ] && svc=postgres
        $DC logs -f --tail=100 $svc
        ;;
    down)
        $DC down
        ;;
    reset)
        printf 'This deletes all local stack data. Type "reset" to continue: '
        read -r ans
        [ "$ans" = "reset" ] || { echo aborted; exit 1; }
        $DC down -v
        ;;
    *)
        echo "usage: stack.sh {up|env|seed FILE|status|logs [svc]|down|reset}"
        ;;
esac
