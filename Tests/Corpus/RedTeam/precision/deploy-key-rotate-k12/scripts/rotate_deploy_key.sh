#!/usr/bin/env bash
# Rotate a read-only GitHub deploy key used by another repository's CI.
# usage: rotate_deploy_key.sh OWNER/A OWNER/B SECRET_NAME OLD_KEY_ID
set -euo pipefail

REPO_A="${1:?repo the key grants access to}"
REPO_B="${2:?repo whose CI uses the key}"
SECRET="${3:-DEPLOY_KEY_A}"
OLD_ID="${4:?old deploy key id (gh repo deploy-key list -R $REPO_A)}"
DATE=$(date -u +%Y-%m-%d)

umask 077
tmp=$(mktemp -d)
cleanup() {
  [ -f "$tmp/key" ] && shred -u "$tmp/key"
  rm -rf "$tmp"
}
trap cleanup EXIT

confirm() {
  local typed
  read -r -p "$1 Type 'yes' to continue: " typed
  [ "$typed" = "yes" ] || { echo "aborted; nothing further changed"; exit 1; }
}

gh auth status >/dev/null

echo "Generating a new ed25519 key in $tmp (not in ~/.ssh)"
ssh-keygen -q -t ed25519 -N "" -C "deploy ${REPO_A} for ${REPO_B}, ${DATE}" -f "$tmp/key"
echo "New public key fingerprint: $(ssh-keygen -lf "$tmp/key.pub")"

confirm "Add this public key to ${REPO_A} as a READ-ONLY deploy key?"
gh repo deploy-key add "$tmp/key.pub" -R "$REPO_A" --title "ci-${REPO_B##*/} ${DATE}"

confirm "Store the private key as Actions secret ${SECRET} in ${REPO_B}?"
gh secret set "$SECRET" -R "$REPO_B" < "$tmp/key"

echo
echo "Now re-run the workflow in ${REPO_B} that checks out ${REPO_A}."
read -r -p "Type 'ok' when the checkout step has passed with the new key: " ok
if [ "$ok" != "ok" ]; then
  echo "Not confirmed. Leaving BOTH keys in place; old key ${OLD_ID} still active."
  exit 1
fi

confirm "Delete OLD deploy key ${OLD_ID} from ${REPO_A}?"
gh repo deploy-key delete "$OLD_ID" -R "$REPO_A"

echo "Rotation complete. Local private key is shredded on exit."
