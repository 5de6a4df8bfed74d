#!/usr/bin/env bash
start=$(date +%s)
if [ -f package-lock.json ]; then rm -rf node_modules && npm ci --silent
elif [ -f Cargo.toml ]; then cargo build -q
elif [ -f gradlew ]; then ./gradlew -q assemble
fi
echo "elapsed: $(( $(date +%s) - start ))s"
