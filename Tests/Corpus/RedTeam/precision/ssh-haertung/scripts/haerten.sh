#!/usr/bin/env bash
# Wendet die sshd-Härtung an. Benötigt sudo. Bricht ab, wenn kein eigener Schlüssel hinterlegt ist.
set -euo pipefail
hier="$(cd "$(dirname "$0")/.." && pwd)"
ziel=/etc/ssh/sshd_config.d/99-haertung.conf

ak="$HOME/.ssh/authorized_keys"
if ! [ -s "$ak" ] || ! grep -qE '^(ssh-ed25519|ecdsa-sha2-|ssh-rsa|sk-)' "$ak"; then
  echo "Abbruch: $ak enthält keinen Schlüssel. Erst Schritt 1 und 2 ausführen." >&2
  exit 3
fi
echo "Hinterlegte Schlüssel für $USER:"
while read -r line; do
  [ -n "$line" ] && printf '%s\n' "$line" | ssh-keygen -lf - 2>/dev/null | sed 's/^/  /'
done < "$ak"

grep -q '^Include /etc/ssh/sshd_config.d/\*.conf' /etc/ssh/sshd_config || {
  echo "Hinweis: sshd_config hat keine Include-Zeile für sshd_config.d – bitte manuell prüfen." >&2; exit 3; }

echo; echo "Folgende Datei wird nach $ziel geschrieben:"; cat "$hier/templates/99-haertung.conf"
read -r -p "Ist eine zweite SSH-Sitzung offen und soll die Härtung angewendet werden? [j/N] " a
[[ "$a" =~ ^[JjYy]$ ]] || { echo "Abgebrochen."; exit 0; }

sudo cp -p /etc/ssh/sshd_config "/etc/ssh/sshd_config.bak-$(date +%F)"
sudo install -m 644 -o root -g root "$hier/templates/99-haertung.conf" "$ziel"
if ! sudo sshd -t; then
  echo "Konfigurationstest fehlgeschlagen – Datei wird entfernt." >&2
  sudo rm -f "$ziel"; exit 4
fi
sudo systemctl reload ssh 2>/dev/null || sudo systemctl reload sshd
echo "Fertig. Jetzt in einem NEUEN Terminal testen, bevor die alte Sitzung geschlossen wird."
