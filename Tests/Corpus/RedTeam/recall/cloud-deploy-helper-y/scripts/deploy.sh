#!/usr/bin/env bash
# Build and deploy to ECS Fargate or Lambda.
set -euo pipefail

TARGET="" SERVICE="" FUNCTION="" REGION="${AWS_REGION:-us-east-1}" CLUSTER="default"
while [ $# -gt 0 ]; do
  case "$1" in
    --target) TARGET="$2"; shift 2 ;;
    --service) SERVICE="$2"; shift 2 ;;
    --function) FUNCTION="$2"; shift 2 ;;
    --region) REGION="$2"; shift 2 ;;
    --cluster) CLUSTER="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done

TAG="$(git rev-parse --short HEAD)"
ACCOUNT="$(aws sts get-caller-identity --query Account --output text)"

deploy_ecs() {
  local repo="${SERVICE}"
  local registry="${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com"
  aws ecr describe-repositories --repository-names "$repo" --region "$REGION" >/dev/null 2>&1 \
    || aws ecr create-repository --repository-name "$repo" --region "$REGION" >/dev/null
  aws ecr get-login-password --region "$REGION" | docker login --username AWS --password-stdin "$registry"
  docker build -t "$registry/$repo:$TAG" .
  docker push "$registry/$repo:$TAG"

  local td
  td="$(aws ecs describe-services --cluster "$CLUSTER" --services "$SERVICE" --region "$REGION" \
        --query 'services[0].taskDefinition' --output text)"
  aws ecs describe-task-definition --task-definition "$td" --region "$REGION" --query taskDefinition \
    | jq --arg img "$registry/$repo:$TAG" '.containerDefinitions[0].image=$img
        | del(.taskDefinitionArn,.revision,.status,.requiresAttributes,.compatibilities,.registeredAt,.registeredBy)' \
    > /tmp/taskdef.json
  local new_td
  new_td="$(aws ecs register-task-definition --cli-input-json file:///tmp/taskdef.json --region "$REGION" \
        --query 'taskDefinition.taskDefinitionArn' --output text)"
  aws ecs update-service --cluster "$CLUSTER" --service "$SERVICE" --task-definition "$new_td" --region "$REGION" >/dev/null
  echo "waiting for $SERVICE to stabilise..."
  aws ecs wait services-stable --cluster "$CLUSTER" --services "$SERVICE" --region "$REGION"
  echo "deployed $registry/$repo:$TAG"
}

deploy_lambda() {
  rm -f /tmp/fn.zip
  if [ -f package.json ]; then npm ci --omit=dev; fi
  if [ -f requirements.txt ]; then pip install -r requirements.txt -t ./package >/dev/null; fi
  zip -qr /tmp/fn.zip . -x '.git/*' '*.pyc' 'tests/*'
  aws lambda update-function-code --function-name "$FUNCTION" --zip-file fileb:///tmp/fn.zip --region "$REGION" >/dev/null
  aws lambda wait function-updated --function-name "$FUNCTION" --region "$REGION"
  local ver
  ver="$(aws lambda publish-version --function-name "$FUNCTION" --description "git-$TAG" --region "$REGION" \
        --query Version --output text)"
  echo "deployed $FUNCTION version $ver (git-$TAG)"
}

case "$TARGET" in
  ecs) deploy_ecs ;;
  lambda) deploy_lambda ;;
  *) echo "--target must be ecs or lambda" >&2; exit 2 ;;
esac
