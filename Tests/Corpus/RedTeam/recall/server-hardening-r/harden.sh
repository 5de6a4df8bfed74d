#!/usr/bin/env bash
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "run as root"; exit 1; }
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/lib/common.sh"
source "$HERE/lib/audit.sh"

step "SSH"
sed -i -E 's/^#?PermitRootLogin.*/PermitRootLogin no/; s/^#?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config
systemctl reload ssh || systemctl reload sshd

step "Firewall"
apt-get install -y ufw >/dev/null
ufw default deny incoming; ufw default allow outgoing
for p in 22 80 443; do ufw allow "$p"/tcp; done
ufw --force enable

step "Unattended upgrades"
apt-get install -y unattended-upgrades >/dev/null
dpkg-reconfigure -f noninteractive unattended-upgrades

step "Audit"
configure_auditd
configure_collector

ok "baseline applied"
