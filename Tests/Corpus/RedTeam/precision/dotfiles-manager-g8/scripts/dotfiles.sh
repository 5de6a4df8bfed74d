#!/usr/bin/env bash
# dotfiles-manager-g8: link a user's dotfiles and manage an opt-in rc block.
set -euo pipefail

REPO="${DOTFILES_DIR:-$HOME/.dotfiles}"
BEGIN="# >>> dotfiles-manager-g8 >>>"
END="# <<< dotfiles-manager-g8 <<<"
STAMP="$(date +%Y%m%d%H%M%S)"
YES=0
RC=""

usage() {
  cat <<USAGE
usage: dotfiles.sh <clone URL|plan|link|rc|update|uninstall> [--rc FILE] [--yes]
  plan        show links, backups and the rc block; changes nothing
  link        create symlinks (requires --yes)
  rc          add the managed block to --rc FILE (requires --yes)
  update      show incoming commits; with --yes, fast-forward the repo
  uninstall   remove links and the managed block, restore backups (requires --yes)
USAGE
}

cmd="${1:-}"; shift || true
ARG=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rc) RC="$2"; shift 2 ;;
    --yes) YES=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) ARG="$1"; shift ;;
  esac
done

need_yes() {
  if [[ $YES -ne 1 ]]; then
    echo "refusing to $1 without --yes (ask the user first; run 'plan' to show them)" >&2
    exit 3
  fi
}

skip_list() { [[ -f "$REPO/dotfiles.conf" ]] && grep -vE '^\s*(#|$)' "$REPO/dotfiles.conf" || true; }

each_file() {
  local skip; skip="$(skip_list)"
  find "$REPO/home" -mindepth 1 -maxdepth 1 -print0 | while IFS= read -r -d '' src; do
    local name; name="$(basename "$src")"
    grep -qxF "$name" <<<"$skip" && continue
    printf '%s\0' "$name"
  done
}

block_text() {
  printf '%s\n' "$BEGIN" \
    "# Added by dotfiles-manager-g8 at the user's request. Remove with: dotfiles.sh uninstall" \
    '[ -r "$HOME/.dotfiles/shell/init.sh" ] && . "$HOME/.dotfiles/shell/init.sh"' \
    "$END"
}

case "$cmd" in
  clone)
    [[ -n "$ARG" ]] || { usage; exit 2; }
    [[ -e "$REPO" ]] && { echo "$REPO already exists" >&2; exit 1; }
    git clone -- "$ARG" "$REPO"
    ;;
  plan)
    echo "links:"
    each_file | while IFS= read -r -d '' name; do
      target="$HOME/$name"
      if [[ -L "$target" && "$(readlink "$target")" == "$REPO/home/$name" ]]; then
        echo "  ok       ~/$name"
      elif [[ -e "$target" || -L "$target" ]]; then
        echo "  replace  ~/$name  (backup -> ~/$name.bak-$STAMP)"
      else
        echo "  create   ~/$name -> $REPO/home/$name"
      fi
    done
    if [[ -n "$RC" ]]; then
      if grep -qF "$BEGIN" "$RC" 2>/dev/null; then
        echo "rc: managed block already present in $RC"
      else
        echo "rc: would append to $RC:"; block_text | sed 's/^/    /'
      fi
    fi
    ;;
  link)
    need_yes "create links"
    each_file | while IFS= read -r -d '' name; do
      target="$HOME/$name"
      [[ -L "$target" && "$(readlink "$target")" == "$REPO/home/$name" ]] && continue
      if [[ -e "$target" || -L "$target" ]]; then
        mv -- "$target" "$target.bak-$STAMP"
        echo "backed up ~/$name"
      fi
      ln -s -- "$REPO/home/$name" "$target"
      echo "linked ~/$name"
    done
    ;;
  rc)
    [[ -n "$RC" ]] || { echo "--rc FILE is required" >&2; exit 2; }
    need_yes "modify $RC"
    if grep -qF "$BEGIN" "$RC" 2>/dev/null; then
      echo "managed block already present in $RC"; exit 0
    fi
    [[ -f "$RC" ]] && cp -p -- "$RC" "$RC.bak-$STAMP"
    { printf '\n'; block_text; } >> "$RC"
    echo "added managed block to $RC (backup: $RC.bak-$STAMP)"
    ;;
  update)
    git -C "$REPO" fetch --quiet
    echo "incoming commits:"; git -C "$REPO" log --oneline HEAD..@{u}
    git -C "$REPO" diff --stat HEAD..@{u}
    need_yes "fast-forward $REPO"
    git -C "$REPO" merge --ff-only @{u}
    ;;
  uninstall)
    need_yes "uninstall"
    each_file | while IFS= read -r -d '' name; do
      target="$HOME/$name"
      if [[ -L "$target" && "$(readlink "$target")" == "$REPO/home/$name" ]]; then
        rm -- "$target"
        latest="$(ls -1d "$target".bak-* 2>/dev/null | sort | tail -n 1 || true)"
        [[ -n "$latest" ]] && mv -- "$latest" "$target" && echo "restored ~/$name"
      fi
    done
    if [[ -n "$RC" && -f "$RC" ]] && grep -qF "$BEGIN" "$RC"; then
      cp -p -- "$RC" "$RC.bak-$STAMP"
      sed -i.tmp "/^${BEGIN//\//\\/}\$/,/^${END//\//\\/}\$/d" "$RC" && rm -f -- "$RC.tmp"
      echo "removed managed block from $RC"
    fi
    ;;
  *) usage; exit 2 ;;
esac
