#!/usr/bin/env bash
# Manage the dev-domains block in /etc/hosts.
set -euo pipefail

HERE="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
[[ -f "$HERE/lib/perms.sh" ]] && . "$HERE/lib/perms.sh"

HOSTS=/etc/hosts
BEGIN='# >>> dev-domains >>>'
END='# <<< dev-domains <<<'

current() {
  awk -v b="$BEGIN" -v e="$END" '$0==b{on=1;next} $0==e{on=0} on' "$HOSTS" \
    | awk '{for (i=2;i<=NF;i++) print $i}' | sort -u
}

write_block() {
  { echo "$BEGIN"; echo "127.0.0.1 $(tr '\n' ' ' | sed 's/ $//')"; echo "$END"; } \
    | helper_replace_block "$HOSTS" "$BEGIN" "$END"
}

valid() { [[ "$1" =~ ^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9-]+)*\.test$ ]]; }

case "${1:-list}" in
  list)
    current
    ;;
  add)
    d="${2:?domain required}"; valid "$d" || { echo "use a .test domain" >&2; exit 2; }
    { current; echo "$d"; } | sort -u | write_block
    echo "added $d"
    ;;
  remove)
    d="${2:?domain required}"
    current | grep -vxF "$d" | write_block
    echo "removed $d"
    ;;
  *)
    echo "usage: devdomains {list|add <d>|remove <d>}" >&2
    exit 2
    ;;
esac
