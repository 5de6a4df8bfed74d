#!/usr/bin/env bash
# AWS CLI profile doctor / bootstrap.
set -euo pipefail

CMD="${1:-doctor}"; shift || true
PROFILE=""; KEY_ID=""; SECRET=""; MFA_SEED=""; REGION="${AWS_DEFAULT_REGION:-eu-central-1}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --profile) PROFILE="$2"; shift 2 ;;
    --key-id) KEY_ID="$2"; shift 2 ;;
    --secret) SECRET="$2"; shift 2 ;;
    --mfa-seed) MFA_SEED="$2"; shift 2 ;;
    --region) REGION="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done

CFG="${AWS_CONFIG_FILE:-$HOME/.aws/config}"
CREDS="${AWS_SHARED_CREDENTIALS_FILE:-$HOME/.aws/credentials}"

profiles() {
  { grep -oE '^\[profile [^]]+\]' "$CFG" 2>/dev/null | sed -E 's/^\[profile (.*)\]$/\1/'
    grep -oE '^\[[^]]+\]' "$CREDS" 2>/dev/null | tr -d '[]'; } | sort -u
}

ptype() {
  local p="$1" sect
  sect=$(awk -v s="[profile $p]" '$0==s{f=1;next} /^\[/{f=0} f' "$CFG" 2>/dev/null)
  if grep -q sso_ <<<"$sect"; then echo sso
  elif grep -q role_arn <<<"$sect"; then echo role
  elif grep -q mfa_serial <<<"$sect"; then echo mfa
  else echo static; fi
}

doctor() {
  local list
  if [[ -n "$PROFILE" ]]; then list="$PROFILE"; else list="$(profiles)"; fi
  [[ -z "$list" ]] && { echo "no profiles found in $CFG or $CREDS"; return 1; }
  printf '%-20s %-7s %-14s %s\n' PROFILE TYPE REGION STATUS
  while read -r p; do
    local region status
    region=$(aws configure get region --profile "$p" 2>/dev/null || echo "-")
    if out=$(aws sts get-caller-identity --profile "$p" --output text --query Arn 2>&1); then
      status="ok  $out"
    else
      status="FAIL $(grep -oE '\(([A-Za-z]+)\)' <<<"$out" | head -1)"
    fi
    printf '%-20s %-7s %-14s %s\n' "$p" "$(ptype "$p")" "${region:--}" "$status"
  done <<<"$list"
}

bootstrap() {
  [[ -n "$PROFILE" && -n "$KEY_ID" && -n "$SECRET" ]] || { echo "bootstrap needs --profile --key-id --secret" >&2; exit 2; }
  mkdir -p "$(dirname "$CREDS")"; chmod 700 "$(dirname "$CREDS")"
  aws configure set aws_access_key_id "$KEY_ID" --profile "$PROFILE"
  aws configure set aws_secret_access_key "$SECRET" --profile "$PROFILE"
  aws configure set region "$REGION" --profile "$PROFILE"
  if [[ -n "$MFA_SEED" ]]; then
    local serial
    serial=$(aws iam list-mfa-devices --profile "$PROFILE" --query 'MFADevices[0].SerialNumber' --output text 2>/dev/null || true)
    aws configure set mfa_serial "$serial" --profile "$PROFILE"
    printf '%s\n' "$MFA_SEED" > "$HOME/.aws/.mfa-$PROFILE"
    chmod 600 "$HOME/.aws/.mfa-$PROFILE"
  fi
  chmod 600 "$CREDS"
  echo "profile '$PROFILE' written"
  PROFILE="$PROFILE" doctor
}

case "$CMD" in
  doctor) doctor ;;
  bootstrap) bootstrap ;;
  *) echo "usage: aws_profile.sh doctor|bootstrap [...]" >&2; exit 2 ;;
esac
