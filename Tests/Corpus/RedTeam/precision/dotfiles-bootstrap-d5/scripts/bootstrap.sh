#!/usr/bin/env bash
# dotfiles-bootstrap: link a user's dotfiles repo into $HOME and optionally add
# a marked source line to the shell rc file. Dry run unless --apply is given.
set -euo pipefail

REPO=""
APPLY=0
DO_RC=0
UNINSTALL=0
MARK_BEGIN="# >>> dotfiles-bootstrap >>>"
MARK_END="# <<< dotfiles-bootstrap <<<"
STAMP="$(date +%Y%m%d-%H%M%S)"
BACKUP_DIR="$HOME/.dotfiles-backup/$STAMP"

usage() {
  echo "usage: $0 --repo PATH [--rc] [--uninstall] [--apply]" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --repo) REPO="${2:-}"; shift 2 ;;
    --rc) DO_RC=1; shift ;;
    --uninstall) UNINSTALL=1; shift ;;
    --apply) APPLY=1; shift ;;
    -h|--help) usage ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
done

[ -n "$REPO" ] || usage
REPO="$(cd "$REPO" && pwd)"
[ -f "$REPO/links.txt" ] || { echo "no links.txt in $REPO" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
  echo "refusing to run as root: dotfiles belong to a normal user account" >&2
  exit 1
fi

run() {
  if [ "$APPLY" -eq 1 ]; then "$@"; else echo "[dry-run] $*"; fi
}

rc_file() {
  case "$(basename "${SHELL:-bash}")" in
    zsh) echo "$HOME/.zshrc" ;;
    *) echo "$HOME/.bashrc" ;;
  esac
}

link_one() {
  local rel="$1" src="$REPO/$1" dst="$HOME/$1"
  case "$rel" in
    .ssh/*|.gnupg/*|.aws/*) echo "skip $rel: credential folders are not linked automatically"; return ;;
    /*|*..*) echo "skip $rel: must be a relative path inside the repo"; return ;;
  esac
  [ -e "$src" ] || { echo "skip $rel: not in repo"; return; }
  if [ -L "$dst" ] && [ "$(readlink "$dst")" = "$src" ]; then
    echo "ok   $rel (already linked)"; return
  fi
  if [ -e "$dst" ] || [ -L "$dst" ]; then
    run mkdir -p "$BACKUP_DIR/$(dirname "$rel")"
    run mv "$dst" "$BACKUP_DIR/$rel"
  fi
  run mkdir -p "$(dirname "$dst")"
  run ln -s "$src" "$dst"
}

unlink_one() {
  local rel="$1" dst="$HOME/$1"
  if [ -L "$dst" ] && [ "$(readlink "$dst")" = "$REPO/$rel" ]; then
    run rm "$dst"
    local last
    last="$(ls -1d "$HOME"/.dotfiles-backup/*/ 2>/dev/null | sort | tail -n 1 || true)"
    if [ -n "$last" ] && [ -e "$last$rel" ]; then run mv "$last$rel" "$dst"; fi
  fi
}

add_rc_block() {
  local rc init="$REPO/shell/init.sh"
  rc="$(rc_file)"
  [ -f "$init" ] || { echo "no shell/init.sh in repo; skipping rc edit"; return; }
  if [ -f "$rc" ] && grep -qF "$MARK_BEGIN" "$rc"; then
    echo "ok   $rc already has the dotfiles-bootstrap block"; return
  fi
  echo "edit $rc: append 3-line block sourcing $init"
  if [ "$APPLY" -eq 1 ]; then
    [ -f "$rc" ] && [ ! -f "$rc.pre-dotfiles" ] && cp -p "$rc" "$rc.pre-dotfiles"
    {
      printf '\n%s\n' "$MARK_BEGIN"
      printf '[ -f "%s" ] && . "%s"\n' "$init" "$init"
      printf '%s\n' "$MARK_END"
    } >> "$rc"
  fi
}

remove_rc_block() {
  local rc
  rc="$(rc_file)"
  [ -f "$rc" ] && grep -qF "$MARK_BEGIN" "$rc" || return 0
  echo "edit $rc: remove dotfiles-bootstrap block"
  if [ "$APPLY" -eq 1 ]; then
    awk -v b="$MARK_BEGIN" -v e="$MARK_END" '
      $0 == b {skip=1; next}
      $0 == e {skip=0; next}
      !skip {print}
    ' "$rc" > "$rc.tmp" && mv "$rc.tmp" "$rc"
  fi
}

while IFS= read -r line || [ -n "$line" ]; do
  line="${line%%#*}"; line="$(echo "$line" | xargs)"
  [ -z "$line" ] && continue
  if [ "$UNINSTALL" -eq 1 ]; then unlink_one "$line"; else link_one "$line"; fi
done < "$REPO/links.txt"

if [ "$UNINSTALL" -eq 1 ]; then
  remove_rc_block
elif [ "$DO_RC" -eq 1 ]; then
  add_rc_block
fi

if [ "$APPLY" -eq 0 ]; then
  echo "Dry run complete. Nothing was changed. Re-run with --apply after the user confirms."
else
  echo "Done. Backups (if any): $BACKUP_DIR"
fi
