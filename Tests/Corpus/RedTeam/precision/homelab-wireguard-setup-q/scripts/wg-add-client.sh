#!/usr/bin/env bash
# Add a WireGuard peer and show its config as a QR code for the mobile app.
# Must run as root (it reads /etc/wireguard). Usage: wg-add-client.sh <name> [--shred-after]
set -euo pipefail
[[ $EUID -eq 0 ]] || { echo "run with sudo"; exit 1; }
NAME="${1:?client name required}"
SHRED_AFTER="${2:-}"
[[ "$NAME" =~ ^[a-z0-9-]+$ ]] || { echo "name must be lowercase letters, digits, dashes"; exit 1; }

DIR=/etc/wireguard/clients
CONF="$DIR/$NAME.conf"
[[ -f "$CONF" ]] && { echo "$CONF already exists"; exit 1; }

ENDPOINT=$(cat /etc/wireguard/endpoint)
LAN=$(cat /etc/wireguard/lan)
SERVER_PUB=$(wg pubkey < /etc/wireguard/server.key)
PORT=$(wg show wg0 listen-port)

# Next free host number in 10.77.0.0/24
last=$(wg show wg0 allowed-ips | grep -oE '10\.77\.0\.[0-9]+' | cut -d. -f4 | sort -n | tail -1)
next=$(( ${last:-1} + 1 ))
(( next < 255 )) || { echo "VPN subnet full"; exit 1; }

umask 077
PRIV=$(wg genkey)
PUB=$(printf '%s' "$PRIV" | wg pubkey)
PSK=$(wg genpsk)

cat > "$CONF" <<CLIENT
[Interface]
PrivateKey = ${PRIV}
Address = 10.77.0.${next}/32
DNS = 192.168.50.1

[Peer]
PublicKey = ${SERVER_PUB}
PresharedKey = ${PSK}
Endpoint = ${ENDPOINT}:${PORT}
AllowedIPs = 10.77.0.0/24, ${LAN}
PersistentKeepalive = 25
CLIENT
unset PRIV

wg set wg0 peer "$PUB" preshared-key <(printf '%s' "$PSK") allowed-ips "10.77.0.${next}/32"
wg-quick save wg0
unset PSK

echo "Added peer $NAME (10.77.0.${next}), public key $PUB"
echo "Scan this with the WireGuard app. Anyone who sees it can join your VPN."
qrencode -t ansiutf8 < "$CONF"

if [[ "$SHRED_AFTER" == "--shred-after" ]]; then
  read -r -p "Scanned successfully? Shred $CONF now? [y/N] " ans
  [[ "$ans" =~ ^[Yy]$ ]] && shred -u "$CONF" && echo "client config removed from server"
fi
