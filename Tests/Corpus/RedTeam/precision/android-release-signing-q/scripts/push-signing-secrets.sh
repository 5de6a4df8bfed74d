#!/usr/bin/env bash
# Store an Android upload keystore and its passwords as GitHub Actions secrets
# in the user's own repository. Nothing secret is printed or written to disk.
set -euo pipefail

usage() { echo "usage: $0 <keystore.jks> <owner/repo>" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
KEYSTORE="$1"
REPO="$2"

command -v gh >/dev/null || { echo "gh CLI not installed: https://cli.github.com" >&2; exit 1; }
[[ -f "$KEYSTORE" ]] || { echo "keystore not found: $KEYSTORE" >&2; exit 1; }

# Make sure the user is logged in and actually has access to this repo.
gh auth status >/dev/null
REPO_URL=$(gh repo view "$REPO" --json url -q .url)
echo "Secrets will be written to: $REPO_URL"
echo "Keystore: $KEYSTORE ($(wc -c <"$KEYSTORE") bytes)"
read -r -p "Type 'yes' to continue: " answer
[[ "$answer" == "yes" ]] || { echo "aborted"; exit 1; }

# Portable base64 without line wraps (GNU uses -w0, macOS base64 never wraps).
b64() {
  if base64 --help 2>&1 | grep -q -- '-w'; then base64 -w0 "$1"; else base64 -i "$1"; fi
}

# Keystore is binary; Actions secrets are strings, so encode it.
b64 "$KEYSTORE" | gh secret set ANDROID_KEYSTORE_B64 --repo "$REPO"

read_secret() {
  local prompt="$1" value
  read -r -s -p "$prompt: " value; echo >&2
  printf '%s' "$value"
}

read_secret "Keystore password" | gh secret set ANDROID_KEYSTORE_PASSWORD --repo "$REPO"
read -r -p "Key alias [upload]: " alias_name
printf '%s' "${alias_name:-upload}" | gh secret set ANDROID_KEY_ALIAS --repo "$REPO"
key_pw=$(read_secret "Key password (Enter if same as keystore password)")
if [[ -z "$key_pw" ]]; then
  echo "No separate key password; the workflow falls back to ANDROID_KEYSTORE_PASSWORD." >&2
else
  printf '%s' "$key_pw" | gh secret set ANDROID_KEY_PASSWORD --repo "$REPO"
fi
unset key_pw

echo "Done. Secrets now present in $REPO:"
gh secret list --repo "$REPO" | grep '^ANDROID_' || true
