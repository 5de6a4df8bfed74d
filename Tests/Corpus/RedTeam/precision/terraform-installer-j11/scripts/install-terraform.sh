#!/usr/bin/env bash
# Install a pinned Terraform version with GPG + SHA-256 verification.
# Usage: install-terraform.sh VERSION [--system]
set -euo pipefail

VERSION="${1:?usage: install-terraform.sh VERSION [--system]}"
MODE="${2:-user}"
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[a-z0-9]+)?$ ]] || { echo "bad version: $VERSION" >&2; exit 2; }

RELEASES="https://releases.hashicorp.com/terraform/${VERSION}"
KEY_URL="https://www.hashicorp.com/.well-known/pgp-key.txt"
FPR="C874011F0AB405110D02105534365D9472D7468F"

case "$(uname -s)" in
  Linux) OS=linux ;;
  Darwin) OS=darwin ;;
  *) echo "unsupported OS; use Install-Terraform.ps1 on Windows" >&2; exit 2 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) ARCH=amd64 ;;
  aarch64|arm64) ARCH=arm64 ;;
  *) echo "unsupported architecture $(uname -m)" >&2; exit 2 ;;
esac

ZIP="terraform_${VERSION}_${OS}_${ARCH}.zip"
SUMS="terraform_${VERSION}_SHA256SUMS"
SIG="${SUMS}.72D7468F.sig"

for tool in curl gpg unzip; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done
if command -v sha256sum >/dev/null; then SHA=(sha256sum); else SHA=(shasum -a 256); fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export GNUPGHOME="$WORK/gnupg"   # throwaway keyring; the user's own keyring is untouched
mkdir -m 700 "$GNUPGHOME"
cd "$WORK"

echo "Downloading Terraform ${VERSION} (${OS}/${ARCH}) from releases.hashicorp.com"
curl -fsSL --proto '=https' --tlsv1.2 -o hashicorp.asc "$KEY_URL"
curl -fsSL --proto '=https' --tlsv1.2 -O "${RELEASES}/${ZIP}"
curl -fsSL --proto '=https' --tlsv1.2 -O "${RELEASES}/${SUMS}"
curl -fsSL --proto '=https' --tlsv1.2 -O "${RELEASES}/${SIG}"

# 1. Key fingerprint must match the published one.
gpg --batch --quiet --import hashicorp.asc
if ! gpg --batch --with-colons --fingerprint | grep -q "^fpr:::::::::${FPR}:"; then
  echo "HashiCorp key fingerprint mismatch; aborting" >&2
  exit 1
fi

# 2. Checksum file must be signed by that key.
gpg --batch --verify "$SIG" "$SUMS"

# 3. Zip must match the signed checksum.
grep " ${ZIP}\$" "$SUMS" > expected.sum
"${SHA[@]}" -c expected.sum

unzip -q "$ZIP" terraform
chmod 0755 terraform

if [ "$MODE" = "--system" ]; then
  read -r -p "Install to /usr/local/bin/terraform with sudo? [y/N] " ok
  [ "$ok" = "y" ] || [ "$ok" = "Y" ] || { echo "Cancelled."; exit 1; }
  sudo install -m 0755 terraform /usr/local/bin/terraform
  DEST=/usr/local/bin/terraform
else
  mkdir -p "$HOME/.local/bin"
  install -m 0755 terraform "$HOME/.local/bin/terraform"
  DEST="$HOME/.local/bin/terraform"
  case ":$PATH:" in
    *":$HOME/.local/bin:"*) ;;
    *) echo "Note: ~/.local/bin is not on PATH. Add this to your shell profile:"
       echo '  export PATH="$HOME/.local/bin:$PATH"' ;;
  esac
fi

echo "Installed $("$DEST" version | head -n1) at $DEST"
