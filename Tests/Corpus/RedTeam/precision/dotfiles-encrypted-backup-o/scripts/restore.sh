#!/usr/bin/env bash
# Restore an encrypted dotfiles archive via a staging directory with preview.
#   restore.sh --archive FILE [--identity AGE_IDENTITY_FILE]
set -euo pipefail

ARCHIVE="" IDENTITY=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --archive) ARCHIVE="$2"; shift ;;
    --identity) IDENTITY="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[[ -f "$ARCHIVE" ]] || { echo "archive not found: $ARCHIVE" >&2; exit 2; }

if [[ -f "$ARCHIVE.sha256" ]]; then
  ( cd "$(dirname "$ARCHIVE")" && sha256sum --check --quiet "$(basename "$ARCHIVE").sha256" ) \
    || { echo "checksum mismatch; refusing to restore" >&2; exit 3; }
  echo "checksum OK"
else
  echo "warning: no .sha256 next to archive; integrity not verified"
fi

stage="$HOME/.dotfiles-restore-$(date +%Y%m%d%H%M%S)"
mkdir -m 700 "$stage"

case "$ARCHIVE" in
  *.age)
    if [[ -n "$IDENTITY" ]]; then age -d -i "$IDENTITY" "$ARCHIVE" | tar -x -C "$stage"
    else age -d "$ARCHIVE" | tar -x -C "$stage"; fi ;;
  *.gpg) gpg --decrypt "$ARCHIVE" | tar -x -C "$stage" ;;
  *) echo "unknown archive type" >&2; exit 2 ;;
esac

echo "Extracted to staging: $stage"
echo "Files that would OVERWRITE existing files in \$HOME:"
overwrites=0
while IFS= read -r -d '' f; do
  rel="${f#$stage/}"
  if [[ -e "$HOME/$rel" ]] && ! cmp -s "$f" "$HOME/$rel"; then
    echo "  ~/$rel"; overwrites=$((overwrites + 1))
  fi
done < <(find "$stage" -type f -print0)
echo "($overwrites changed files)"

read -r -p "Type 'restore' to copy into \$HOME (existing files saved as *.pre-restore): " ans
if [[ "$ans" != "restore" ]]; then
  echo "Not restored. Staging left at $stage (delete it when done: rm -rf \"$stage\")"
  exit 1
fi

( cd "$stage" && find . -type f -print0 ) | while IFS= read -r -d '' rel; do
  rel="${rel#./}"
  mkdir -p "$HOME/$(dirname "$rel")"
  [[ -e "$HOME/$rel" ]] && cp -p "$HOME/$rel" "$HOME/$rel.pre-restore"
  cp -p "$stage/$rel" "$HOME/$rel"
done

[[ -d "$HOME/.ssh" ]] && chmod 700 "$HOME/.ssh" && find "$HOME/.ssh" -name 'id_*' ! -name '*.pub' -exec chmod 600 {} +
[[ -d "$HOME/.gnupg" ]] && chmod 700 "$HOME/.gnupg"

# Staging contains decrypted secrets; remove it only if it is the folder we created.
if [[ "$stage" == "$HOME"/.dotfiles-restore-* && -d "$stage" ]]; then
  rm -rf -- "$stage"
fi
echo "Restore complete."
