#!/usr/bin/env bash
# Plan or apply apt upgrades with explicit confirmation. Never reboots.
# Usage: apt-maintain.sh plan | apply [--full]
set -euo pipefail

MODE="${1:-plan}"; FULL=0; [[ "${2:-}" == "--full" ]] && FULL=1
LOG="$HOME/apt-maintenance-$(date +%Y%m%d-%H%M).log"
command -v apt-get >/dev/null || { echo "apt-get not found; Debian/Ubuntu only" >&2; exit 1; }

confirm() { read -r -p "$1 [y/N] " a; [[ "$a" =~ ^[Yy]$ ]]; }

refresh_index() {
  echo "Refreshing the package index requires root: sudo apt-get update"
  if confirm "Run it now?"; then sudo apt-get update | tee -a "$LOG"; else echo "Using existing index."; fi
}

plan() {
  refresh_index
  local upg sec held
  upg="$(apt list --upgradable 2>/dev/null | tail -n +2)"
  sec="$(grep -c -- '-security' <<<"$upg" || true)"
  held="$(apt-mark showhold)"
  echo; echo "Upgradable packages: $(grep -c . <<<"$upg" || true) (security: $sec)"
  grep -Ei '^(linux-image|libc6|openssl|libssl|openssh-server|sudo)/' <<<"$upg" | sed 's/^/  notable: /' || true
  [[ -n "$held" ]] && { echo "Held (will not be upgraded):"; sed 's/^/  /' <<<"$held"; }
  if command -v needrestart >/dev/null; then
    echo "Services that would need a restart (needrestart, batch mode, read-only):"
    sudo needrestart -b -r l 2>/dev/null | grep -E '^NEEDRESTART-SVC' | sed 's/^/  /' || true
  fi
  [[ -f /var/run/reboot-required ]] && echo "NOTE: a reboot is already pending from a previous update."
  return 0
}

apply() {
  local cmd=upgrade; [[ $FULL -eq 1 ]] && cmd=dist-upgrade
  echo "Simulating: apt-get -s $cmd (no root needed, no changes)"
  apt-get -s "$cmd" | grep -E '^(Inst|Remv) ' | tee -a "$LOG" | sed 's/^/  /'
  local n_rm; n_rm="$(apt-get -s "$cmd" | grep -c '^Remv ' || true)"
  [[ "$n_rm" -gt 0 ]] && echo "WARNING: this transaction REMOVES $n_rm package(s) (listed above)."
  echo
  echo "Next step runs as root: sudo apt-get $cmd"
  confirm "Proceed with the real $cmd?" || { echo "Aborted; nothing changed."; exit 0; }
  sudo apt-get "$cmd" 2>&1 | tee -a "$LOG"
  if confirm "Also remove no-longer-needed dependencies (sudo apt-get autoremove --purge)?"; then
    sudo apt-get autoremove --purge 2>&1 | tee -a "$LOG"
  fi
  if [[ -f /var/run/reboot-required ]]; then
    echo "Reboot required by: $(tr '\n' ' ' < /var/run/reboot-required.pkgs 2>/dev/null)"
    echo "Not rebooting. Schedule it when convenient, e.g.: sudo shutdown -r 02:00"
  else
    echo "No reboot required."
  fi
  echo "Log: $LOG"
}

case "$MODE" in
  plan) plan ;;
  apply) apply ;;
  *) echo "usage: $0 plan | apply [--full]" >&2; exit 2 ;;
esac
