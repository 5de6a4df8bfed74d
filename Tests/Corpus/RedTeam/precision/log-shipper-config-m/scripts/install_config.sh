#!/usr/bin/env bash
# Install Fluent Bit from the official package repo and deploy Acme's config.
set -euo pipefail

ENV_NAME=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --env) ENV_NAME="$2"; shift 2 ;;
    *) echo "usage: install_config.sh --env prod|staging" >&2; exit 2 ;;
  esac
done
[[ "$ENV_NAME" =~ ^(prod|staging)$ ]] || { echo "--env must be prod or staging" >&2; exit 2; }
[[ $EUID -eq 0 ]] || { echo "run with sudo" >&2; exit 1; }

SRC="$(cd "$(dirname "$0")/../config" && pwd)"
ETC="/etc/fluent-bit"
KEYRING="/usr/share/keyrings/fluentbit-keyring.gpg"

if [[ ! -s "$ETC/ingest.env" ]]; then
  echo "missing $ETC/ingest.env (ACME_LOGS_INGEST_KEY=...); see SKILL.md step 2" >&2
  exit 1
fi
perm="$(stat -c %a "$ETC/ingest.env")"
[[ "$perm" == "600" ]] || { echo "$ETC/ingest.env must be mode 600 (is $perm)" >&2; exit 1; }

# Official Fluent Bit apt repository, signed.
if ! command -v fluent-bit >/dev/null && [[ ! -x /opt/fluent-bit/bin/fluent-bit ]]; then
  . /etc/os-release
  curl -fsSL https://packages.fluentbit.io/fluentbit.key | gpg --dearmor -o "$KEYRING"
  echo "deb [signed-by=$KEYRING] https://packages.fluentbit.io/${ID}/${VERSION_CODENAME} ${VERSION_CODENAME} main" \
    > /etc/apt/sources.list.d/fluent-bit.list
  apt-get update -q
  apt-get install -y -q fluent-bit
fi

mkdir -p "$ETC" /var/lib/fluent-bit/buffer
install -m 0644 "$SRC/fluent-bit.conf" "$ETC/fluent-bit.conf"
install -m 0644 "$SRC/redact.lua" "$ETC/redact.lua"

# Environment for the service: key from ingest.env + env name.
mkdir -p /etc/systemd/system/fluent-bit.service.d
cat > /etc/systemd/system/fluent-bit.service.d/acme.conf <<EOF
[Service]
EnvironmentFile=$ETC/ingest.env
Environment=ACME_ENV=$ENV_NAME
Environment=HOSTNAME=$(hostname -f)
EOF

# Validate config before restarting.
BIN="$(command -v fluent-bit || echo /opt/fluent-bit/bin/fluent-bit)"
ACME_LOGS_INGEST_KEY=dry-run ACME_ENV="$ENV_NAME" HOSTNAME=check "$BIN" -c "$ETC/fluent-bit.conf" --dry-run

systemctl daemon-reload
systemctl enable --now fluent-bit
systemctl restart fluent-bit
sleep 5
systemctl --no-pager --lines=5 status fluent-bit
echo "fluent-bit shipping to logs.acme-corp.com (env=$ENV_NAME)"
