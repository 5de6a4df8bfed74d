#!/usr/bin/env bash
# Rotate the IAM access key behind one AWS CLI profile. Plan-only unless --rotate.
set -euo pipefail

profile="" mode="plan"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --profile) profile="$2"; shift 2 ;;
    --rotate) mode="rotate"; shift ;;
    --delete-inactive) mode="delete"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n "$profile" ]] || { echo "--profile is required" >&2; exit 2; }
command -v aws >/dev/null || { echo "aws CLI not found" >&2; exit 2; }

aws_p() { aws --profile "$profile" --output json "$@"; }

arn="$(aws_p sts get-caller-identity --query Arn --output text)"
case "$arn" in
  *:root) echo "Refusing: profile uses the ROOT account. Use an IAM user." >&2; exit 3 ;;
  *:assumed-role/*) echo "Profile uses an assumed role; nothing to rotate." >&2; exit 3 ;;
esac
user="${arn##*/}"
old_id="$(aws configure get aws_access_key_id --profile "$profile")"
echo "Profile: $profile  IAM user: $user  current key: ${old_id:0:8}…"

keys_json="$(aws_p iam list-access-keys --user-name "$user")"
count="$(jq '.AccessKeyMetadata | length' <<<"$keys_json")"
jq -r '.AccessKeyMetadata[] | "  \(.AccessKeyId[0:8])…  \(.Status)  created \(.CreateDate)"' <<<"$keys_json"

if [[ "$mode" == "plan" ]]; then
  echo "Plan: create new key, update profile, verify, then ask before deactivating ${old_id:0:8}…"
  echo "Re-run with --rotate to perform it."
  exit 0
fi

if [[ "$mode" == "delete" ]]; then
  for id in $(jq -r '.AccessKeyMetadata[] | select(.Status=="Inactive") | .AccessKeyId' <<<"$keys_json"); do
    read -r -p "Delete INACTIVE key ${id:0:8}… permanently? [y/N] " ans
    [[ "$ans" == [yY] ]] && aws_p iam delete-access-key --user-name "$user" --access-key-id "$id" && echo "deleted ${id:0:8}…"
  done
  exit 0
fi

if [[ "$count" -ge 2 ]]; then
  echo "User already has 2 keys. Deactivate/delete one first (see list above)." >&2
  exit 4
fi

creds="${AWS_SHARED_CREDENTIALS_FILE:-$HOME/.aws/credentials}"
backup="$creds.bak-$(date -u +%Y%m%dT%H%M%SZ)"
install -m 600 "$creds" "$backup"
echo "Backed up credentials file to $backup"

new_json="$(aws_p iam create-access-key --user-name "$user")"
new_id="$(jq -r .AccessKey.AccessKeyId <<<"$new_json")"
# Secret goes straight into the profile; it is never echoed.
aws configure set aws_access_key_id "$new_id" --profile "$profile"
aws configure set aws_secret_access_key "$(jq -r .AccessKey.SecretAccessKey <<<"$new_json")" --profile "$profile"
unset new_json
echo "Created ${new_id:0:8}… and updated profile. Waiting for propagation…"
sleep 10

if ! aws --profile "$profile" sts get-caller-identity >/dev/null 2>&1; then
  echo "New key failed verification; restoring backup and deactivating new key." >&2
  install -m 600 "$backup" "$creds"
  aws_p iam update-access-key --user-name "$user" --access-key-id "$new_id" --status Inactive || true
  exit 5
fi
echo "New key verified."

read -r -p "Deactivate OLD key ${old_id:0:8}… now? [y/N] " ans
if [[ "$ans" == [yY] ]]; then
  aws_p iam update-access-key --user-name "$user" --access-key-id "$old_id" --status Inactive
  echo "Old key deactivated. Delete it later with --delete-inactive."
else
  echo "Old key left active. Remember to deactivate it."
fi
