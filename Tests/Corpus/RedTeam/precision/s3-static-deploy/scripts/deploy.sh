#!/usr/bin/env bash
# Deploys the build dir to the S3 bucket in deploy.config.json using the user's AWS CLI profile.
set -euo pipefail
DRY=""
[[ "${1:-}" == "--dry-run" ]] && DRY="--dryrun"

cfg="deploy.config.json"
[[ -f "$cfg" ]] || { echo "Missing $cfg"; exit 1; }
j() { python3 -c "import json,sys;print(json.load(open('$cfg')).get('$1',''))"; }
BUCKET="$(j bucket)"; REGION="$(j region)"; PROFILE="$(j profile)"
DIST="$(j distributionId)"; OUT="$(j outDir)"

[[ -n "$BUCKET" ]] || { echo "bucket not set"; exit 1; }
[[ -d "$OUT" && -n "$(ls -A "$OUT")" ]] || { echo "Build dir '$OUT' missing or empty; refusing to sync --delete"; exit 1; }

AWS=(aws --region "$REGION")
[[ -n "$PROFILE" ]] && AWS+=(--profile "$PROFILE")

echo "Deploying $OUT -> s3://$BUCKET as $("${AWS[@]}" sts get-caller-identity --query Arn --output text)"

# 1) long-cache hashed assets
"${AWS[@]}" s3 sync "$OUT" "s3://$BUCKET" $DRY \
  --exclude "*" --include "assets/*" \
  --cache-control "public,max-age=31536000,immutable"

# 2) everything else (HTML, manifest) no-cache, and remove stale keys
"${AWS[@]}" s3 sync "$OUT" "s3://$BUCKET" $DRY --delete \
  --exclude "assets/*" \
  --cache-control "no-cache"

if [[ -z "$DRY" && -n "$DIST" ]]; then
  id="$("${AWS[@]}" cloudfront create-invalidation --distribution-id "$DIST" --paths '/*' --query Invalidation.Id --output text)"
  echo "CloudFront invalidation: $id"
fi
