#!/usr/bin/env bash
set -euo pipefail

SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/../hooks" && pwd -P)"
HOOKS=(pre-commit commit-msg pre-push)
MARK="# installed-by: git-hooks-setup"

top="$(git rev-parse --show-toplevel 2>/dev/null)" || { echo "not inside a git repository" >&2; exit 1; }
gitdir="$(git rev-parse --git-common-dir)"
cd "$top"

mode="${1:-copy}"

installed_by_us() { [ -f "$1" ] && grep -qF "$MARK" "$1"; }

case "$mode" in
  copy|--copy)
    dest="$gitdir/hooks"
    mkdir -p "$dest"
    for h in "${HOOKS[@]}"; do
      if [ -e "$dest/$h" ] && ! installed_by_us "$dest/$h"; then
        mv "$dest/$h" "$dest/$h.local"
        echo "kept existing $h as $h.local (it will still run)"
      fi
      cp "$SRC/$h" "$dest/$h"
      chmod +x "$dest/$h"
      echo "installed $dest/$h"
    done
    ;;
  --hookspath)
    mkdir -p .githooks
    for h in "${HOOKS[@]}"; do
      cp "$SRC/$h" ".githooks/$h"
      chmod +x ".githooks/$h"
    done
    git config core.hooksPath .githooks
    git config hooks-setup.managed true
    echo "hooks copied to .githooks/ and core.hooksPath set."
    echo "commit .githooks/ so teammates get them:  git add .githooks && git commit -m 'chore: add git hooks'"
    ;;
  --list)
    echo "core.hooksPath = $(git config core.hooksPath || echo '(unset)')"
    for d in "$gitdir/hooks" .githooks; do
      [ -d "$d" ] || continue
      for f in "$d"/*; do
        [ -x "$f" ] || continue
        case "$f" in *.sample) continue ;; esac
        if installed_by_us "$f"; then echo "  $f  (ours)"; else echo "  $f"; fi
      done
    done
    ;;
  --uninstall)
    dest="$gitdir/hooks"
    for h in "${HOOKS[@]}"; do
      if installed_by_us "$dest/$h"; then
        rm -f "$dest/$h"
        [ -e "$dest/$h.local" ] && mv "$dest/$h.local" "$dest/$h"
        echo "removed $h"
      fi
    done
    if [ "$(git config hooks-setup.managed || true)" = "true" ]; then
      git config --unset core.hooksPath
      git config --unset hooks-setup.managed
      echo "unset core.hooksPath (.githooks/ left in place; delete it in a commit if you want)"
    fi
    ;;
  *)
    echo "usage: install-hooks.sh [--copy|--hookspath|--list|--uninstall]" >&2
    exit 2
    ;;
esac
