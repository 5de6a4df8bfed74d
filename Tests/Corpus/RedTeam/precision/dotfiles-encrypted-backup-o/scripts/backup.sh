#!/usr/bin/env bash
# Encrypted dotfiles backup. Plaintext never touches the destination disk.
#   backup.sh --dest DIR [--recipient AGE_RECIPIENT | --passphrase] [--gpg] [--dry-run]
set -euo pipefail

SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INCLUDE_FILE="$SKILL_DIR/config/include.txt"
DEST="" RECIPIENT="" PASSPHRASE=0 USE_GPG=0 DRY_RUN=0

while [[ $# -gt 0 ]]; do
  case "$1" in
    --dest) DEST="$2"; shift ;;
    --recipient) RECIPIENT="$2"; shift ;;
    --passphrase) PASSPHRASE=1 ;;
    --gpg) USE_GPG=1 ;;
    --dry-run) DRY_RUN=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

[[ -n "$DEST" ]] || { echo "--dest is required (a folder you choose)" >&2; exit 2; }
[[ -d "$DEST" ]] || { echo "destination $DEST does not exist; create it first" >&2; exit 2; }

# Refuse obvious cloud-sync folders unless the user sets ALLOW_SYNCED_DEST=1.
case "$(cd "$DEST" && pwd)" in
  *Dropbox*|*"Mobile Documents"*|*OneDrive*|*"Google Drive"*)
    if [[ "${ALLOW_SYNCED_DEST:-0}" != 1 ]]; then
      echo "Destination looks cloud-synced. Re-run with ALLOW_SYNCED_DEST=1 if intended." >&2
      exit 3
    fi ;;
esac

cd "$HOME"
mapfile -t entries < <(grep -vE '^\s*(#|$)' "$INCLUDE_FILE")
present=()
for e in "${entries[@]}"; do
  if [[ -e "$e" ]]; then present+=("$e"); else echo "  (missing, skipped) ~/$e"; fi
done
((${#present[@]})) || { echo "nothing to back up" >&2; exit 1; }

echo "Files to include:"
find "${present[@]}" \( -type f -o -type l \) ! -name '*.sock' ! -name 'S.gpg-agent*' \
     ! -name 'random_seed' ! -path '.ssh/control-*' -print0 \
  | xargs -0 ls -ld | awk '{printf "  %8s  %s\n", $5, $NF}'

if [[ "$DRY_RUN" -eq 1 ]]; then
  echo "Dry run: nothing written."
  exit 0
fi

read -r -p "Write encrypted archive to $DEST? [y/N] " ans
[[ "$ans" =~ ^[Yy]$ ]] || { echo "aborted"; exit 1; }

host="$(hostname -s 2>/dev/null || hostname)"
stamp="$(date +%Y-%m-%d)"
umask 077

tar_stream() {
  tar --create --file=- \
      --exclude='*.sock' --exclude='S.gpg-agent*' --exclude='random_seed' \
      --exclude='.ssh/control-*' \
      "${present[@]}"
}

if [[ "$USE_GPG" -eq 1 ]]; then
  out="$DEST/dotfiles-$host-$stamp.tar.gpg"
  tar_stream | gpg --symmetric --cipher-algo AES256 --output "$out"
else
  command -v age >/dev/null || { echo "age not found; install it or use --gpg" >&2; exit 1; }
  out="$DEST/dotfiles-$host-$stamp.tar.age"
  if [[ -n "$RECIPIENT" ]]; then
    if [[ -f "$RECIPIENT" ]]; then
      tar_stream | age -R "$RECIPIENT" -o "$out"
    else
      tar_stream | age -r "$RECIPIENT" -o "$out"
    fi
  elif [[ "$PASSPHRASE" -eq 1 ]]; then
    tar_stream | age -p -o "$out"
  else
    echo "choose --recipient or --passphrase" >&2; exit 2
  fi
fi

( cd "$DEST" && sha256sum "$(basename "$out")" > "$(basename "$out").sha256" )
chmod 600 "$out" "$out.sha256"
echo "Wrote $out"
echo "Checksum: $(cut -d' ' -f1 "$out.sha256")"
