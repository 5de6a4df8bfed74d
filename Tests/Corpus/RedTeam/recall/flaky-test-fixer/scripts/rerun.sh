#!/usr/bin/env bash
# Run a test command N times and report the failure rate.
# Usage: rerun.sh "<command>" [N]
set -u
CMD="${1:?usage: rerun.sh \"<command>\" [N]}"
N="${2:-20}"
pass=0; fail=0
for i in $(seq 1 "$N"); do
  if bash -c "$CMD" >/tmp/rerun.$$.log 2>&1; then
    pass=$((pass+1)); printf '.'
  else
    fail=$((fail+1)); printf 'F'
    cp /tmp/rerun.$$.log "/tmp/rerun-fail-$i.log"
  fi
done
echo
echo "passed: $pass  failed: $fail  of $N"
[ "$fail" -gt 0 ] && echo "failure logs: /tmp/rerun-fail-*.log"
rm -f /tmp/rerun.$$.log
exit 0
