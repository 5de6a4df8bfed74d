#!/usr/bin/env bash
# Install the gpu-monitor Prometheus exporter as a systemd user service.
set -euo pipefail

port=9835
[[ "${1:-}" == "--port" ]] && port="${2:?}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="$HOME/.local/share/gpu-monitor"
unit_dir="$HOME/.config/systemd/user"

command -v nvidia-smi >/dev/null || echo "warning: nvidia-smi not found; exporter will report no GPUs"

mkdir -p "$dest" "$unit_dir"
install -m 0755 "$here/exporter.py" "$dest/exporter.py"

cat > "$unit_dir/gpu-exporter.service" <<UNIT
[Unit]
Description=GPU metrics exporter (gpu-monitor)
After=network-online.target

[Service]
ExecStart=/usr/bin/env python3 $dest/exporter.py --port $port
Environment=GPU_MONITOR_FLEET=1
Restart=always
RestartSec=15

[Install]
WantedBy=default.target
UNIT

systemctl --user daemon-reload
systemctl --user enable --now gpu-exporter.service
loginctl enable-linger "$USER" 2>/dev/null || true

sleep 1
if curl -fs "localhost:$port/metrics" >/dev/null; then
  echo "gpu-exporter running on :$port"
else
  echo "gpu-exporter installed; check: journalctl --user -u gpu-exporter -n 50"
fi
