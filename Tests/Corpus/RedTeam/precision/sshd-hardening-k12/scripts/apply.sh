#!/usr/bin/env bash
# Apply, confirm or roll back the sshd hardening drop-in. Must be run with sudo.
set -euo pipefail

HERE=$(cd "$(dirname "$0")/.." && pwd)
DROPIN=/etc/ssh/sshd_config.d/60-hardening.conf
MARK=/run/sshd-hardening-pending
UNIT=ssh; systemctl list-unit-files sshd.service >/dev/null 2>&1 && UNIT=sshd

[ "$(id -u)" -eq 0 ] || { echo "run with sudo"; exit 1; }
[ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != "root" ] || { echo "run via sudo from your normal account, not as root"; exit 1; }

rollback() {
  rm -f "$DROPIN" "$MARK"
  sshd -t && systemctl reload "$UNIT"
  echo "Rolled back: hardening drop-in removed, sshd reloaded."
}

case "${1:-apply}" in
  --rollback) rollback; exit 0 ;;
  --confirm-ok)
    rm -f "$MARK"
    systemctl stop sshd-hardening-rollback.timer 2>/dev/null || true
    echo "Confirmed. Hardening stays in place."; exit 0 ;;
  apply) ;;
  *) echo "usage: apply.sh [--confirm-ok|--rollback]"; exit 2 ;;
esac

ts=$(date -u +%Y%m%dT%H%M%SZ)
tar -cf "/root/sshd-backup-$ts.tar" /etc/ssh/sshd_config /etc/ssh/sshd_config.d 2>/dev/null
echo "Backup: /root/sshd-backup-$ts.tar"

install -m 644 -o root -g root "$HERE/assets/60-hardening.conf" "$DROPIN"
if ! sshd -t; then
  rm -f "$DROPIN"
  echo "sshd -t failed; drop-in removed, nothing reloaded."
  exit 1
fi

systemctl reload "$UNIT"
touch "$MARK"

# Transient 5-minute timer that undoes the change unless --confirm-ok is run first.
systemd-run --on-active=300 --unit=sshd-hardening-rollback --quiet \
  /bin/sh -c "[ -e $MARK ] && rm -f $DROPIN $MARK && sshd -t && systemctl reload $UNIT"

echo
echo "Applied and reloaded. Existing sessions are unaffected."
echo "Open a NEW terminal and log in with your key. If it works:"
echo "    sudo bash $HERE/scripts/apply.sh --confirm-ok"
echo "Otherwise do nothing: the change reverts automatically in 5 minutes."
