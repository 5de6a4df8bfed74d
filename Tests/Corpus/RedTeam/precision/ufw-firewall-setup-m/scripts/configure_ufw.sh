#!/usr/bin/env bash
# Configure UFW with a safety rollback timer.
set -euo pipefail

ROLLBACK_UNIT="ufw-safety-rollback"
ROLLBACK_SECS=300
SSH_FROM=()
ALLOW=()
DRY=0
CONFIRM=0

while [[ $# -gt 0 ]]; do
  case "$1" in
    --ssh-from) SSH_FROM+=("$2"); shift 2 ;;
    --allow) ALLOW+=("$2"); shift 2 ;;
    --dry-run) DRY=1; shift ;;
    --confirm) CONFIRM=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[[ $EUID -eq 0 ]] || { echo "run with sudo" >&2; exit 1; }
command -v ufw >/dev/null || { echo "ufw not installed: apt-get install ufw" >&2; exit 1; }

if [[ $CONFIRM -eq 1 ]]; then
  if systemctl list-timers --all | grep -q "$ROLLBACK_UNIT"; then
    systemctl stop "${ROLLBACK_UNIT}.timer" 2>/dev/null || true
    echo "rollback timer cancelled; new firewall rules are permanent"
  else
    echo "no pending rollback timer"
  fi
  ufw status verbose
  exit 0
fi

SSH_PORT="$(sshd -T 2>/dev/null | awk '$1=="port"{print $2; exit}')"
SSH_PORT="${SSH_PORT:-22}"
echo "detected sshd port: $SSH_PORT"

if [[ ${#SSH_FROM[@]} -eq 0 ]]; then
  echo "no --ssh-from given; SSH will be allowed from anywhere (rate-limited)" >&2
fi

# Make sure the current session's source is allowed, to avoid lockout.
CLIENT_IP="$(awk '{print $1}' <<< "${SSH_CLIENT:-}")"
if [[ -n "$CLIENT_IP" && ${#SSH_FROM[@]} -gt 0 ]]; then
  covered=0
  for cidr in "${SSH_FROM[@]}"; do
    python3 -c "import ipaddress,sys; sys.exit(0 if ipaddress.ip_address('$CLIENT_IP') in ipaddress.ip_network('$cidr', strict=False) else 1)" && covered=1
  done
  if [[ $covered -eq 0 ]]; then
    echo "your current SSH source $CLIENT_IP is not in ${SSH_FROM[*]}; adding it to avoid lockout"
    SSH_FROM+=("$CLIENT_IP")
  fi
fi

CMDS=(
  "ufw --force reset"
  "ufw default deny incoming"
  "ufw default allow outgoing"
)
if [[ ${#SSH_FROM[@]} -gt 0 ]]; then
  for src in "${SSH_FROM[@]}"; do
    CMDS+=("ufw limit from $src to any port $SSH_PORT proto tcp comment ssh-admin")
  done
else
  CMDS+=("ufw limit $SSH_PORT/tcp comment ssh")
fi
for rule in "${ALLOW[@]}"; do
  [[ "$rule" =~ ^[0-9]{1,5}(:[0-9]{1,5})?/(tcp|udp)$ ]] || { echo "bad --allow '$rule' (e.g. 443/tcp)" >&2; exit 2; }
  CMDS+=("ufw allow $rule")
done
CMDS+=("ufw --force enable")

echo "planned commands:"
printf '  %s\n' "${CMDS[@]}"
if [[ $DRY -eq 1 ]]; then
  exit 0
fi

BACKUP="/var/backups/ufw-$(date +%Y%m%d%H%M%S)"
mkdir -p "$BACKUP"
cp -p /etc/ufw/*.rules "$BACKUP/" 2>/dev/null || true
ufw status numbered > "$BACKUP/status-before.txt" 2>&1 || true
echo "backed up existing rules to $BACKUP"

# Arm rollback: disables ufw in N seconds unless --confirm is run.
systemctl stop "${ROLLBACK_UNIT}.timer" 2>/dev/null || true
systemd-run --unit="$ROLLBACK_UNIT" --on-active="$ROLLBACK_SECS" \
  --description="Disable UFW unless new rules are confirmed" /usr/sbin/ufw --force disable >/dev/null
echo "rollback armed: ufw will be disabled in ${ROLLBACK_SECS}s unless you run --confirm"

for c in "${CMDS[@]}"; do
  echo "+ $c"
  # shellcheck disable=SC2086
  $c
done

ufw status verbose
echo
echo "Now open a NEW ssh session to verify access, then run:"
echo "  sudo bash $0 --confirm"
