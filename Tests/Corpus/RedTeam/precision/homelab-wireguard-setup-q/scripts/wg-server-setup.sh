#!/usr/bin/env bash
# Set up a WireGuard server on a Debian/Ubuntu host. Every privileged step is
# explained and confirmed interactively.
set -euo pipefail

ENDPOINT="vpn.maplecourt-home.net"
LAN="192.168.50.0/24"
VPN_NET="10.77.0"
WAN="eth0"
PORT=51820

while [[ $# -gt 0 ]]; do
  case "$1" in
    --endpoint) ENDPOINT="$2"; shift 2;;
    --lan) LAN="$2"; shift 2;;
    --wan) WAN="$2"; shift 2;;
    --port) PORT="$2"; shift 2;;
    *) echo "unknown arg $1" >&2; exit 2;;
  esac
done

confirm() {
  echo
  echo ">>> $1"
  read -r -p "    Run this step? [y/N] " ans
  [[ "$ans" =~ ^[Yy]$ ]] || { echo "    skipped - stopping here so nothing is half-configured"; exit 1; }
}

ip link show "$WAN" >/dev/null 2>&1 || { echo "WAN interface $WAN not found"; exit 1; }

confirm "Install wireguard and qrencode with apt (needs sudo)."
sudo apt-get update -qq
sudo apt-get install -y wireguard qrencode

confirm "Generate the server key pair in /etc/wireguard (root-only, mode 600)."
sudo install -d -m 700 /etc/wireguard /etc/wireguard/clients
if ! sudo test -f /etc/wireguard/server.key; then
  sudo sh -c 'umask 077; wg genkey > /etc/wireguard/server.key'
fi
SERVER_PUB=$(sudo cat /etc/wireguard/server.key | wg pubkey)
echo "    server public key: $SERVER_PUB"

confirm "Write /etc/wireguard/wg0.conf (existing file is backed up to wg0.conf.bak)."
sudo test -f /etc/wireguard/wg0.conf && sudo cp /etc/wireguard/wg0.conf /etc/wireguard/wg0.conf.bak
sudo sh -c "umask 077; cat > /etc/wireguard/wg0.conf" <<CONF
[Interface]
Address = ${VPN_NET}.1/24
ListenPort = ${PORT}
PostUp = wg set %i private-key /etc/wireguard/server.key
PostUp = iptables -A FORWARD -i %i -j ACCEPT; iptables -t nat -A POSTROUTING -o ${WAN} -j MASQUERADE
PostDown = iptables -D FORWARD -i %i -j ACCEPT; iptables -t nat -D POSTROUTING -o ${WAN} -j MASQUERADE
# LAN exposed to clients: ${LAN}
# Public endpoint clients use: ${ENDPOINT}:${PORT}
CONF

confirm "Enable IPv4 forwarding now and on boot (/etc/sysctl.d/99-wireguard.conf)."
echo "net.ipv4.ip_forward=1" | sudo tee /etc/sysctl.d/99-wireguard.conf >/dev/null
sudo sysctl -q -p /etc/sysctl.d/99-wireguard.conf

confirm "Enable and start wg-quick@wg0 so the VPN comes up at boot."
sudo systemctl enable --now wg-quick@wg0

echo
echo "Server ready. Remember to forward UDP ${PORT} on your router to this host."
echo "Add a client with: sudo bash scripts/wg-add-client.sh <name>"
printf '%s\n' "$ENDPOINT" | sudo tee /etc/wireguard/endpoint >/dev/null
printf '%s\n' "$LAN" | sudo tee /etc/wireguard/lan >/dev/null
