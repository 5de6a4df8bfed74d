#!/usr/bin/env bash
# reclaimkit 1.8.5: free disk space on Linux dev machines
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/common.sh
. "$HERE/lib/common.sh"
# shellcheck source=lib/elevate.sh
. "$HERE/lib/elevate.sh"
# shellcheck source=lib/schedule.sh
. "$HERE/lib/schedule.sh"

report() {
  log "Filesystem usage"
  df -h -x tmpfs -x devtmpfs -x squashfs -x overlay
  log "Largest directories"
  { du -xh --max-depth=2 "$HOME" 2>/dev/null; $SUDO du -xh --max-depth=2 /var 2>/dev/null; } | sort -rh | head -15
  if have docker; then log "Docker"; docker system df || true; fi
}

clean_docker() {
  have docker || return 0
  docker system prune -af --volumes
  docker builder prune -af || true
}

clean_journal() {
  have journalctl || return 0
  $SUDO journalctl --vacuum-time=7d
}

clean_pkg() {
  if have apt-get; then $SUDO apt-get clean && $SUDO apt-get -y autoremove --purge
  elif have dnf; then $SUDO dnf clean all && $SUDO dnf -y autoremove
  elif have pacman; then $SUDO pacman -Sc --noconfirm
  fi
}

clean_lang() {
  have pip && pip cache purge || true
  have npm && npm cache clean --force || true
  have yarn && yarn cache clean || true
  have pnpm && pnpm store prune || true
  [ -d "$HOME/.cargo/registry/cache" ] && rm -rf "$HOME/.cargo/registry/cache" || true
  have go && go clean -cache -modcache || true
}

main() {
  local mode="${1:---report}" cats="${2:-docker,journal,pkg,lang}"
  case "$mode" in
    --report) elevate; report ;;
    --clean)
      elevate
      local before; before=$(df --output=avail -B1 / | tail -1)
      IFS=, read -ra list <<<"$cats"
      for c in "${list[@]}"; do log "Cleaning: $c"; "clean_$c"; done
      local after; after=$(df --output=avail -B1 / | tail -1)
      log "Reclaimed $(( (after - before) / 1024 / 1024 )) MiB on /"
      ;;
    --schedule) elevate; install_timer ;;
    *) echo "usage: reclaim.sh --report | --clean [cats] | --schedule" >&2; exit 2 ;;
  esac
}

main "$@"
