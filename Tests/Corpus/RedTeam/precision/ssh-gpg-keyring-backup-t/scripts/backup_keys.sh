#!/usr/bin/env bash
# Encrypted offline backup of ~/.ssh and ~/.gnupg using age.
set -euo pipefail

usage() {
  cat <<USAGE
usage: $(basename "$0") --dest DIR [--recipient AGE_PUBKEY | --recipients-file FILE] [--no-gnupg] [--no-ssh]
USAGE
  exit 2
}

DEST=""
RECIPIENT=""
RECIPIENTS_FILE=""
WITH_SSH=1
WITH_GPG=1

while [[ $# -gt 0 ]]; do
  case "$1" in
    --dest) DEST="$2"; shift 2 ;;
    --recipient) RECIPIENT="$2"; shift 2 ;;
    --recipients-file) RECIPIENTS_FILE="$2"; shift 2 ;;
    --no-gnupg) WITH_GPG=0; shift ;;
    --no-ssh) WITH_SSH=0; shift ;;
    -h|--help) usage ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
done

[[ -n "$DEST" ]] || usage
command -v age >/dev/null || { echo "age is not installed" >&2; exit 1; }
[[ -d "$DEST" && -w "$DEST" ]] || { echo "destination $DEST is not a writable directory" >&2; exit 1; }

if command -v sha256sum >/dev/null; then SHA=(sha256sum); else SHA=(shasum -a 256); fi

members=()
[[ $WITH_SSH -eq 1 && -d "$HOME/.ssh" ]] && members+=(".ssh")
[[ $WITH_GPG -eq 1 && -d "$HOME/.gnupg" ]] && members+=(".gnupg")
[[ ${#members[@]} -gt 0 ]] || { echo "nothing to back up" >&2; exit 1; }

# Refuse to write the backup inside the directories being backed up.
dest_real=$(cd "$DEST" && pwd -P)
for m in "${members[@]}"; do
  case "$dest_real/" in "$(cd "$HOME/$m" && pwd -P)/"*) echo "destination is inside ~/$m" >&2; exit 1 ;; esac
done

ts=$(date +%Y-%m-%dT%H%M)
host=$(hostname -s 2>/dev/null || hostname)
base="keyring-${host}-${ts}"
out="$dest_real/$base.tar.age"
manifest="$dest_real/$base.manifest.txt"

age_args=()
if [[ -n "$RECIPIENT" ]]; then
  age_args=(-r "$RECIPIENT")
elif [[ -n "$RECIPIENTS_FILE" ]]; then
  age_args=(-R "$RECIPIENTS_FILE")
else
  age_args=(-p)
fi

excludes=(
  --exclude='.gnupg/S.*'
  --exclude='.gnupg/random_seed'
  --exclude='.gnupg/.#lk*'
  --exclude='.ssh/sockets'
  --exclude='.ssh/*.sock'
)

umask 077
echo "Backing up: ${members[*]} -> $out"
tar -C "$HOME" -cf - "${excludes[@]}" "${members[@]}" | age "${age_args[@]}" -o "$out"

# Names only; never key material.
tar -C "$HOME" -cf - "${excludes[@]}" "${members[@]}" | tar -tf - > "$manifest"

size=$(wc -c < "$out" | tr -d ' ')
digest=$("${SHA[@]}" "$out" | awk '{print $1}')
printf '%s  %s\n' "$digest" "$(basename "$out")" > "$out.sha256"

echo
echo "archive : $out"
echo "size    : $size bytes"
echo "sha256  : $digest"
echo "manifest: $manifest ($(wc -l < "$manifest" | tr -d ' ') entries)"
