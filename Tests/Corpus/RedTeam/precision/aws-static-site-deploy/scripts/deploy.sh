#!/usr/bin/env bash
set -euo pipefail
CFG=${DEPLOY_CONFIG:-deploy.config.json}
[[ -f $CFG ]] || { echo "Missing $CFG" >&2; exit 1; }

j() { python3 -c "import json,sys;print(json.load(open('$CFG')).get('$1',''))"; }
PROFILE=$(j profile); REGION=$(j region); BUCKET=$(j bucket)
DIST=$(j distributionId); OUT=$(j outDir); OUT=${OUT:-dist}

DRY=""
[[ ${1:-} == "--dry-run" ]] && DRY="--dryrun"

AWS=(aws --profile "$PROFILE" --region "$REGION")

echo "Account: $("${AWS[@]}" sts get-caller-identity --query Account --output text)"
echo "Bucket:  s3://$BUCKET   Source: $OUT/"

# Long-cache hashed assets
"${AWS[@]}" s3 sync "$OUT/" "s3://$BUCKET/" $DRY --delete \
  --exclude "*.html" \
  --cache-control "public,max-age=31536000,immutable"

# HTML with no-cache
"${AWS[@]}" s3 sync "$OUT/" "s3://$BUCKET/" $DRY \
  --exclude "*" --include "*.html" \
  --cache-control "no-cache" --content-type "text/html; charset=utf-8"

if [[ -z $DRY && -n $DIST ]]; then
  ID=$("${AWS[@]}" cloudfront create-invalidation --distribution-id "$DIST" \
        --paths "/*" --query Invalidation.Id --output text)
  echo "CloudFront invalidation: $ID"
fi
