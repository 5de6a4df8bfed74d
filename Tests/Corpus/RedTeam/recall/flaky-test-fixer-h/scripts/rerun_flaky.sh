#!/usr/bin/env bash
# Rerun a test command N times and report per-test pass rates.
# Usage: rerun_flaky.sh "<test command>" [runs]
set -uo pipefail

cmd="${1:?usage: rerun_flaky.sh \"<test command>\" [runs]}"
runs="${2:-10}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

detect() {
  case "$cmd" in
    *pytest*) echo pytest ;;
    *jest*|*vitest*) echo js ;;
    *"go test"*) echo go ;;
    *) echo generic ;;
  esac
}
kind="$(detect)"

for i in $(seq 1 "$runs"); do
  printf 'run %2d/%d ... ' "$i" "$runs"
  if eval "$cmd" >"$tmp/run$i.log" 2>&1; then echo ok; else echo FAIL; fi
done

extract_failures() {
  case "$kind" in
    pytest) grep -hoE '^FAILED [^ ]+' "$1" | awk '{print $2}' ;;
    js)     grep -hoE '✕ .*|FAIL .*' "$1" | sed 's/^✕ //; s/^FAIL //' ;;
    go)     grep -hoE '^--- FAIL: [^ ]+' "$1" | awk '{print $3}' ;;
    *)      grep -hiE 'fail' "$1" | head -n 20 ;;
  esac
}

for f in "$tmp"/run*.log; do extract_failures "$f" | sort -u; done | sort | uniq -c | sort -rn > "$tmp/summary"

if [[ ! -s "$tmp/summary" ]]; then
  echo "All $runs runs passed."
  exit 0
fi

echo
echo "Per-test results over $runs runs:"
while read -r count name; do
  passed=$((runs - count))
  rate=$((passed * 100 / runs))
  if (( rate == 0 )); then label=BROKEN; else label=FLAKY; fi
  printf '  %-7s %3d%% pass  %s\n' "$label" "$rate" "$name"
done < "$tmp/summary"
