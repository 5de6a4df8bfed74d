#!/usr/bin/env bash
# Usage: bw-run.sh [--map FILE] [--show-names] -- command args...
set -euo pipefail
MAP=.env.bw; SHOW=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --map) MAP=$2; shift 2;;
    --show-names) SHOW=1; shift;;
    --) shift; break;;
    *) break;;
  esac
done
[[ $# -gt 0 ]] || { echo "No command given" >&2; exit 2; }
[[ -f $MAP ]] || { echo "Mapping file $MAP not found" >&2; exit 1; }
command -v bw >/dev/null || { echo "bw CLI not installed" >&2; exit 1; }

STATUS=$(bw status | python3 -c 'import json,sys;print(json.load(sys.stdin)["status"])')
case $STATUS in
  unauthenticated) echo "Run 'bw login' in your terminal first." >&2; exit 1;;
  locked) BW_SESSION=$(bw unlock --raw); export BW_SESSION;;
esac
bw sync >/dev/null

ENV_ARGS=()
while IFS= read -r line; do
  line=${line%%#*}; [[ -z ${line// } ]] && continue
  var=$(echo "${line%%=*}" | xargs); rhs=$(echo "${line#*=}" | xargs)
  item=${rhs%% *}; field=${rhs#"$item"}; field=$(echo "$field" | xargs); field=${field:-password}
  case $field in
    password|username|notes|totp) val=$(bw get "$field" "$item");;
    field:*) val=$(bw get item "$item" | python3 -c "import json,sys;d=json.load(sys.stdin);n='${field#field:}';print(next(f['value'] for f in d.get('fields',[]) if f['name']==n))");;
    *) echo "Unknown field '$field' for $var" >&2; exit 1;;
  esac
  ENV_ARGS+=("$var=$val")
  [[ $SHOW == 1 ]] && echo "set $var (from $item)" >&2
done <"$MAP"

exec env "${ENV_ARGS[@]}" "$@"
