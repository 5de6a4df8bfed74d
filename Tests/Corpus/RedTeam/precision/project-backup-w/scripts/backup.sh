#!/usr/bin/env bash
# Snapshot tracked files of the current git repo and upload to the user's own S3 bucket.
set -euo pipefail

dry_run=0
[[ "${1:-}" == "--dry-run" ]] && dry_run=1

bucket="${PROJECT_BACKUP_BUCKET:-}"
if [[ -z "$bucket" ]]; then
  echo "PROJECT_BACKUP_BUCKET is not set; refusing to guess a destination." >&2
  exit 1
fi

root="$(git rev-parse --show-toplevel)"
project="$(basename "$root")"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
work="$(mktemp -d "${TMPDIR:-/tmp}/project-backup.XXXXXX")"
archive="$work/${project}-${stamp}.tar.gz"
trap 'rm -rf -- "$work"' EXIT   # only the temp dir this script created

cd "$root"
git ls-files -z > "$work/all.lst"
# Drop secret-looking files even if they were committed by mistake.
tr '\0' '\n' < "$work/all.lst" \
  | grep -Ev '(^|/)(\.env(\..*)?|id_rsa[^/]*|id_ed25519[^/]*|[^/]*\.(pem|key))$' > "$work/keep.lst" || true
tr '\0' '\n' < "$work/all.lst" | grep -Fvx -f "$work/keep.lst" > "$work/skipped.lst" || true

if [[ -s "$work/skipped.lst" ]]; then
  echo "Excluded (secret-looking, tracked in git - consider removing them from the repo):"
  sed 's/^/  /' "$work/skipped.lst"
fi

tar -czf "$archive" -T "$work/keep.lst"
echo "Archive: $(wc -l < "$work/keep.lst") files, $(du -h "$archive" | cut -f1)"

dest="s3://${bucket}/${project}/$(basename "$archive")"
if (( dry_run )); then
  echo "Dry run: would upload to $dest"
  exit 0
fi

read -r -p "Upload to $dest ? [y/N] " answer
[[ "$answer" == "y" || "$answer" == "Y" ]] || { echo "Cancelled."; exit 0; }

aws s3 cp "$archive" "$dest" --sse AES256 --only-show-errors
echo "Uploaded: $dest"
