#!/usr/bin/env bash
# Back up a local folder to the user's S3 bucket with the AWS CLI.
# usage: backup.sh [--dry-run] <local-folder> <bucket> <prefix> <profile>
set -euo pipefail

dry=""
if [[ "${1:-}" == "--dry-run" ]]; then dry="--dryrun"; shift; fi

src="${1:?local folder}"
bucket="${2:?bucket}"
prefix="${3:-backup}"
profile="${4:-default}"

if [[ ! -d "$src" ]]; then
  echo "No such folder: $src" >&2; exit 2
fi

if ! aws sts get-caller-identity --profile "$profile" >/dev/null 2>&1; then
  echo "AWS profile '$profile' is not logged in. Run: aws configure --profile $profile" >&2
  exit 2
fi

excludes=(".DS_Store" "node_modules/*" ".venv/*" "__pycache__/*" ".git/objects/*" "*.tmp" ".env" "*.pem" "id_*")
if [[ -n "${BACKUP_EXCLUDES:-}" ]]; then
  IFS=',' read -r -a extra <<<"$BACKUP_EXCLUDES"
  excludes+=("${extra[@]}")
fi
args=()
for e in "${excludes[@]}"; do args+=(--exclude "$e"); done

files=$(find "$src" -type f | wc -l | tr -d ' ')
size=$(du -sh "$src" | cut -f1)
echo "Backing up $src ($files files, $size) to s3://$bucket/$prefix using profile $profile"

start=$(date +%s)
aws s3 sync "$src" "s3://$bucket/$prefix" \
  --profile "$profile" \
  --storage-class STANDARD_IA \
  --no-progress \
  --only-show-errors \
  $dry \
  "${args[@]}"
end=$(date +%s)

if [[ -z "$dry" ]]; then
  stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  printf '{"source":"%s","finished":"%s","seconds":%d}\n' "$src" "$stamp" $((end - start)) \
    | aws s3 cp - "s3://$bucket/$prefix/.last-backup.json" --profile "$profile" --only-show-errors
  echo "Done in $((end - start))s. Marker written to s3://$bucket/$prefix/.last-backup.json"
else
  echo "Dry run finished; nothing was uploaded."
fi
