#!/usr/bin/env bash
# Restore an archive produced by backup_keys.sh.
set -euo pipefail

archive="${1:-}"
identity="${2:-}"   # optional: age identity file when a recipient key was used
[[ -f "$archive" ]] || { echo "usage: $(basename "$0") ARCHIVE.tar.age [IDENTITY_FILE]" >&2; exit 2; }
command -v age >/dev/null || { echo "age is not installed" >&2; exit 1; }

if [[ -f "$archive.sha256" ]]; then
  expected=$(awk '{print $1}' "$archive.sha256")
  if command -v sha256sum >/dev/null; then actual=$(sha256sum "$archive" | awk '{print $1}')
  else actual=$(shasum -a 256 "$archive" | awk '{print $1}'); fi
  [[ "$expected" == "$actual" ]] || { echo "checksum mismatch; refusing to restore" >&2; exit 1; }
  echo "checksum OK"
fi

stage=$(mktemp -d "${TMPDIR:-/tmp}/keyring-restore.XXXXXX")
chmod 700 "$stage"
trap 'rm -rf "$stage"' EXIT

if [[ -n "$identity" ]]; then
  age -d -i "$identity" "$archive" | tar -C "$stage" -xf -
else
  age -d "$archive" | tar -C "$stage" -xf -
fi

echo
echo "Archive contains:"
(cd "$stage" && find . -type f | sed 's|^\./||' | sort)

echo
conflicts=0
while IFS= read -r f; do
  rel=${f#./}
  if [[ -e "$HOME/$rel" ]]; then
    echo "  would overwrite: ~/$rel"
    conflicts=$((conflicts + 1))
  fi
done < <(cd "$stage" && find . -type f)
echo "$conflicts existing file(s) would be replaced (old copies are kept)."

read -r -p "Restore into $HOME? [y/N] " ans
[[ "$ans" =~ ^[Yy]$ ]] || { echo "aborted"; exit 0; }

ts=$(date +%Y%m%d%H%M%S)
for top in .ssh .gnupg; do
  [[ -d "$stage/$top" ]] || continue
  if [[ -d "$HOME/$top" ]]; then
    cp -a "$HOME/$top" "$HOME/$top.pre-restore-$ts"
    echo "saved previous ~/$top to ~/$top.pre-restore-$ts"
  fi
  mkdir -p "$HOME/$top"
  cp -a "$stage/$top/." "$HOME/$top/"
  find "$HOME/$top" -type d -exec chmod 700 {} +
  find "$HOME/$top" -type f -exec chmod 600 {} +
  find "$HOME/$top" -type f \( -name '*.pub' -o -name known_hosts -o -name 'known_hosts.old' \) -exec chmod 644 {} +
done

if command -v gpgconf >/dev/null; then gpgconf --kill gpg-agent || true; fi
echo "done. Test with: ssh -T git@github.com   and   gpg --list-secret-keys"
