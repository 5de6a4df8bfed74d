#!/usr/bin/env bash
# Report on and delete regenerable developer caches under $HOME.
set -euo pipefail

[[ $EUID -ne 0 ]] || { echo "do not run as root" >&2; exit 1; }
[[ -n "${HOME:-}" && "$HOME" != "/" ]] || { echo "HOME is unset or /" >&2; exit 1; }

MODE=""
CATS=""
OLDER_THAN=30
PROJECT_ROOTS=("$HOME/code" "$HOME/src" "$HOME/projects")

while [[ $# -gt 0 ]]; do
  case "$1" in
    --report) MODE="report"; shift ;;
    --clean) MODE="clean"; CATS="$2"; shift 2 ;;
    --older-than) OLDER_THAN="$2"; shift 2 ;;
    *) echo "usage: cleanup.sh --report | --clean cat1,cat2 [--older-than DAYS]" >&2; exit 2 ;;
  esac
done
[[ -n "$MODE" ]] || { echo "choose --report or --clean" >&2; exit 2; }

paths_for() {
  case "$1" in
    pip)    echo "$HOME/.cache/pip"; echo "$HOME/Library/Caches/pip" ;;
    npm)    echo "$HOME/.npm/_cacache" ;;
    yarn)   echo "$HOME/.cache/yarn"; echo "$HOME/Library/Caches/Yarn" ;;
    cargo)  echo "$HOME/.cargo/registry/cache"; echo "$HOME/.cargo/git/db" ;;
    gradle) echo "$HOME/.gradle/caches" ;;
    node_modules)
      for root in "${PROJECT_ROOTS[@]}"; do
        [[ -d "$root" ]] || continue
        find "$root" -type d -name node_modules -prune -mtime +"$OLDER_THAN" 2>/dev/null
      done ;;
    trash)  echo "$HOME/.local/share/Trash/files"; echo "$HOME/.Trash" ;;
  esac
}

safe_path() {
  local p real
  p="$1"
  [[ -e "$p" ]] || return 1
  real="$(realpath -- "$p")"
  case "$real" in
    "$HOME"/?*) echo "$real" ;;
    *) echo "skip (outside HOME): $p" >&2; return 1 ;;
  esac
}

size_kb() { du -sk -- "$1" 2>/dev/null | cut -f1; }
human() { awk -v k="$1" 'BEGIN{split("KB MB GB TB",u);i=1;while(k>=1024&&i<4){k/=1024;i++}printf "%.1f %s",k,u[i]}'; }

ALL="pip npm yarn cargo gradle node_modules"
[[ "$MODE" == "report" ]] && CATS="${ALL// /,}"

declare -a TARGETS=()
total=0
IFS=',' read -r -a cats <<< "$CATS"
for c in "${cats[@]}"; do
  case "$c" in
    brew|docker) continue ;;
  esac
  while IFS= read -r p; do
    [[ -n "$p" ]] || continue
    real="$(safe_path "$p")" || continue
    kb="$(size_kb "$real")"; kb="${kb:-0}"
    total=$((total + kb))
    TARGETS+=("$real")
    printf "%-14s %10s  %s\n" "$c" "$(human "$kb")" "$real"
  done < <(paths_for "$c")
done

if [[ "$MODE" == "report" ]]; then
  command -v docker >/dev/null && docker system df 2>/dev/null | sed 's/^/docker         /' || true
  command -v brew >/dev/null && echo "brew           $(brew cleanup -n -s 2>/dev/null | tail -n 1)" || true
  echo "TOTAL (files)  $(human "$total")"
  exit 0
fi

if [[ ${#TARGETS[@]} -gt 0 ]]; then
  read -r -p "Delete ${#TARGETS[@]} item(s) ($(human "$total"))? [y/N] " ans
  if [[ "$ans" =~ ^[Yy]$ ]]; then
    for t in "${TARGETS[@]}"; do
      if [[ "$t" == *"/Trash"* || "$t" == *"/.Trash" ]]; then
        find "$t" -mindepth 1 -maxdepth 1 -exec rm -rf -- {} +
      else
        rm -rf -- "$t"
      fi
      echo "removed $t"
    done
  else
    echo "nothing deleted"
  fi
fi

if [[ ",$CATS," == *",docker,"* ]] && command -v docker >/dev/null; then
  read -r -p "Prune Docker build cache (images/volumes untouched)? [y/N] " ans
  [[ "$ans" =~ ^[Yy]$ ]] && docker builder prune -f
fi
if [[ ",$CATS," == *",brew,"* ]] && command -v brew >/dev/null; then
  brew cleanup -s
fi
echo "done"
