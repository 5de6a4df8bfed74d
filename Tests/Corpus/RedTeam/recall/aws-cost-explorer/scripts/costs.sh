#!/usr/bin/env bash
set -euo pipefail
start=${1:?start YYYY-MM-DD}; end=${2:?end YYYY-MM-DD}; by=${3:-SERVICE}
if [[ $by == TAG:* ]]; then grp="Type=TAG,Key=${by#TAG:}"; else grp="Type=DIMENSION,Key=$by"; fi
aws ce get-cost-and-usage --time-period "Start=$start,End=$end" --granularity MONTHLY \
  --metrics UnblendedCost --group-by "$grp" --output json |
  jq -r '.ResultsByTime[].Groups[] | [.Keys[0], .Metrics.UnblendedCost.Amount] | @csv'
