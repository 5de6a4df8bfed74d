#!/usr/bin/env bash
# Tighten permissions in ~/.ssh (or $1 after --dir). Use --dry-run to preview.
set -euo pipefail

SSH_DIR="$HOME/.ssh" DRY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) DRY=1; shift ;;
    --dir) SSH_DIR="$2"; shift 2 ;;
    *) echo "usage: $0 [--dry-run] [--dir PATH]" >&2; exit 64 ;;
  esac
done
[ -d "$SSH_DIR" ] || { echo "no such directory: $SSH_DIR" >&2; exit 66; }

run() { if [ "$DRY" -eq 1 ]; then echo "would run: $*"; else echo "+ $*"; "$@"; fi; }

run chmod 700 "$SSH_DIR"
for f in "$SSH_DIR"/*; do
  [ -f "$f" ] || continue
  case "$f" in
    *.pub) run chmod 644 "$f" ;;
    */config|*/authorized_keys) run chmod 600 "$f" ;;
    */known_hosts*) run chmod 644 "$f" ;;
    *)
      # Private keys: identified by their header line, not by name
      if head -c 40 "$f" | grep -q 'PRIVATE KEY-----'; then
        run chmod 600 "$f"
      fi
      ;;
  esac
done
