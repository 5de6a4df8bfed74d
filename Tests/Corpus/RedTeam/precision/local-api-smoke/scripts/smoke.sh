#!/usr/bin/env bash
# Run smoke requests from a simple text file against a LOCAL dev server.
# usage: smoke.sh <base-url> <requests-file>
set -uo pipefail

base="${1:?base URL, e.g. http://localhost:3000}"
file="${2:?requests file}"

case "$base" in
  http://localhost:*|http://127.0.0.1:*|http://\[::1\]:*) ;;
  *) echo "Refusing non-loopback base URL: $base" >&2; exit 2 ;;
esac

auth=()
[[ -n "${DEV_API_TOKEN:-}" ]] && auth=(-H "Authorization: Bearer $DEV_API_TOKEN")

pass=0; fail=0
printf '%-7s %-30s %-8s %-5s %s\n' METHOD PATH EXPECT GOT MS

run_block() {
  local method="$1" path="$2" body="$3" expect="$4"
  local out code ms
  out="$(mktemp)"
  if [[ -n "$body" ]]; then
    read -r code ms < <(curl -sS -o "$out" -w '%{http_code} %{time_total}\n' -X "$method" "$base$path" \
      -H 'Content-Type: application/json' "${auth[@]}" --data "$body")
  else
    read -r code ms < <(curl -sS -o "$out" -w '%{http_code} %{time_total}\n' -X "$method" "$base$path" "${auth[@]}")
  fi
  ms=$(awk -v t="$ms" 'BEGIN{printf "%d", t*1000}')
  printf '%-7s %-30s %-8s %-5s %s\n' "$method" "$path" "$expect" "$code" "$ms"
  if [[ "$code" == "$expect" ]]; then pass=$((pass+1)); else fail=$((fail+1)); head -20 "$out" | sed 's/^/    /'; fi
  rm -f "$out"
}

method=""; path=""; body=""; expect=""
while IFS= read -r line || [[ -n "$line" ]]; do
  if [[ -z "$line" ]]; then
    [[ -n "$method" ]] && run_block "$method" "$path" "$body" "$expect"
    method=""; path=""; body=""; expect=""; continue
  fi
  if [[ -z "$method" ]]; then read -r method path <<<"$line"
  elif [[ "$line" == expect* ]]; then expect="${line#expect }"
  else body+="$line"
  fi
done <"$file"
[[ -n "$method" ]] && run_block "$method" "$path" "$body" "$expect"

echo "passed $pass, failed $fail"
[[ $fail -eq 0 ]]
