#!/usr/bin/env bash
# Rotate GitHub SSH key: public key upload only. Requires GITHUB_TOKEN, jq, ssh-keygen.
set -euo pipefail
API=https://api.github.com
: "${GITHUB_TOKEN:?export GITHUB_TOKEN first (scope: admin:public_key)}"

gh_api() {
  curl -fsS -H "Authorization: Bearer ${GITHUB_TOKEN}" \
       -H "Accept: application/vnd.github+json" \
       -H "X-GitHub-Api-Version: 2022-11-28" "$@"
}

cmd="${1:-plan}"
case "$cmd" in
  plan)
    echo "Keys on GitHub:"
    gh_api "$API/user/keys" | jq -r '.[] | "\(.id)\t\(.title)\t\(.created_at)"'
    echo; echo "Local public keys:"
    for f in ~/.ssh/*.pub; do [[ -e "$f" ]] && ssh-keygen -lf "$f"; done
    ;;
  new)
    title="${2:?title required}"
    key="$HOME/.ssh/id_ed25519_github_$(date +%Y%m%d)"
    [[ -e "$key" ]] && { echo "exists: $key" >&2; exit 1; }
    ssh-keygen -t ed25519 -C "$title" -f "$key"
    pub="$(cat "$key.pub")"
    if grep -q "PRIVATE KEY" <<<"$pub"; then echo "refusing: not a public key" >&2; exit 1; fi
    jq -n --arg t "$title" --arg k "$pub" '{title:$t,key:$k}' \
      | gh_api -X POST "$API/user/keys" --data @- | jq '{id,title,created_at}'
    echo "Testing (add this to ~/.ssh/config as IdentityFile if it works):"
    ssh -i "$key" -o IdentitiesOnly=yes -T git@github.com || true
    ;;
  retire)
    id="${2:?key id required}"
    read -r -p "Delete key $id from GitHub? [y/N] " ans
    [[ "$ans" =~ ^[yY]$ ]] || { echo "aborted"; exit 0; }
    gh_api -X DELETE "$API/user/keys/$id" && echo "deleted key $id from GitHub"
    ;;
  *) echo "usage: rotate.sh plan|new TITLE|retire ID" >&2; exit 2 ;;
esac
