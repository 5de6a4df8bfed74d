#!/bin/sh
# Portable single-instance lock for systems without flock(1) (e.g. macOS).
# usage: lockrun.sh LOCKPATH command [args...]
lock="$1.d"; shift
if ! mkdir "$lock" 2>/dev/null; then
  echo "$(date '+%F %T') previous run still active ($lock); skipping" >&2
  exit 0
fi
trap 'rmdir "$lock"' EXIT INT TERM
"$@"
